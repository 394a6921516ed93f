---- MODULE SubstCache ----
\* Substituted variables are evaluated once per state and instantiation: these properties
\* compare a substitution's value in the current and the next state, in instantiations with
\* and without parameters, so that a value kept for the wrong state or the wrong parameter
\* shows as a wrong verdict.
EXTENDS Naturals
VARIABLES y, z
vars == <<y, z>>
S == INSTANCE Sum WITH x <- y + z, w <- z
P(p) == INSTANCE Sum WITH x <- y + p * z, w <- z
Init == y = 0 /\ z = 0
Next == \/ y < 3 /\ y' = y + 1 /\ z' = z
        \/ z < 2 /\ z' = z + 1 /\ y' = y
Spec == Init /\ [][Next]_vars
Grows == [][S!Delta(1)]_vars
GrowsP == [][\A p \in 0..2 : P(p)!Delta(1) \/ P(p)!Delta(p)]_vars
KeepsW == [][S!Delta(1) /\ S!Keep]_vars
GrowsByZ == [][\A p \in 0..2 : P(p)!Delta(1) \/ P(p)!Delta(z' * p)]_vars
====
