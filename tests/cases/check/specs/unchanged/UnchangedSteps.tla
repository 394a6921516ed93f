---- MODULE UnchangedSteps ----
\* Step properties `[][\E d \in S : A(d)]_vars` on steps whose two states are known: vouch
\* concludes FALSE without trying each d when A leaves a variable unchanged that the step
\* changes. These properties check that nothing else is concluded: an UNCHANGED under a
\* disjunction, in a definition the .cfg replaces, of a variable an instance stands for another
\* one or for an expression.
EXTENDS Naturals
VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\ y = 0
Next == \/ x < 2 /\ x' = x + 1 /\ UNCHANGED y
        \/ y < 2 /\ y' = y + 1 /\ UNCHANGED x
Spec == Init /\ [][Next]_vars
IncX(d) == x' = x + d /\ UNCHANGED y
IncY(d) == y' = y + d /\ UNCHANGED x
Either(d) == IncX(d) \/ IncY(d)
IncXAlt(d) == (x' = x + d \/ x' = x) /\ y' >= y
I == INSTANCE Parts WITH a <- x + y, b <- y
J == INSTANCE Parts WITH a <- x + y, b <- x
K == INSTANCE Parts WITH a <- x + y, b <- x * 0
\* Hold:
EachStep == [][(\E d \in {1} : IncX(d)) \/ (\E d \in {1} : IncY(d))]_vars
EitherStep == [][\E d \in 1..1 : Either(d)]_vars
ExprStep == [][K!Steps]_vars
\* Hold with the .cfg's IncX <- IncXAlt, violated without:
AltStep == [][\E d \in {1} : IncX(d)]_vars
\* Violated: at the first y step (XSteps, ISteps), at the first x step (JSteps)
XSteps == [][\E d \in {1} : IncX(d)]_vars
ISteps == [][I!Steps]_vars
JSteps == [][J!Steps]_vars
====
