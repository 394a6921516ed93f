---- MODULE Parts ----
\* An instantiated module for UnchangedSteps: a step of `a` by d that leaves `b` unchanged.
EXTENDS Naturals
VARIABLES a, b
Step(d) == a' = a + d /\ UNCHANGED b
Steps == \E d \in {1} : Step(d)
====
