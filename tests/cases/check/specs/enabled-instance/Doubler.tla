---- MODULE Doubler ----
\* Implements Counter under x <- y \div 2 when it goes up to Limit; with Limit = 4 it stops at
\* x = 2 while Counter's Next is still enabled there, which WF_x(Next) forbids. No step of
\* Doubler from y = 4 is a Counter step: ENABLED is the abstract spec's, not the implementation's.
EXTENDS Naturals
CONSTANT Limit
VARIABLE y
Init == y = 0
Next == y < Limit /\ y' = y + 2
Spec == Init /\ [][Next]_y /\ WF_y(Next)
C == INSTANCE Counter WITH x <- y \div 2
CounterSpec == C!Spec
====
