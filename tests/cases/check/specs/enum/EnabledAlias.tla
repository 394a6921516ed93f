---- MODULE EnabledAlias ----
\* ENABLED over an action that assigns a' through a LET, through an instantiated definition
\* (F == x', I!F \in S) and through a primed instantiated definition (G == x, I!G' = 0); TLC's
\* GitHub issue 725 (its tests 725c, d and e). Each was "the value of a' is not determined".
EXTENDS Naturals
VARIABLE a
I == INSTANCE InnerAlias WITH x <- a
Init == a = 0
Next == a' = 1 - a
Inv == /\ ENABLED ((LET y == a' IN y) = 0)
       /\ ENABLED (I!F \in {0, 1, 2})
       /\ ENABLED (I!G' = 0)
       /\ ~ENABLED (I!F \in {} )
====
