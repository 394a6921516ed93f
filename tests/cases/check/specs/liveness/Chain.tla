---- MODULE Chain ----
\* A long chain of states (N steps) with a bit that flips: liveness on a large graph.
EXTENDS Naturals
CONSTANT N
VARIABLES x, b
vars == <<x, b>>
Init == x = 0 /\ b = FALSE
Step == x < N /\ x' = x + 1 /\ UNCHANGED b
Flip == b' = ~b /\ UNCHANGED x
Next == Step \/ Flip
Spec == Init /\ [][Next]_vars /\ WF_vars(Step) /\ SF_vars(Flip)
Done == <>(x = N)
Often == []<>b
====
