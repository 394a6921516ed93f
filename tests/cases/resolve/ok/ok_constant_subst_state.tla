---- MODULE ok_constant_subst_state ----
\* A constant replaced by a state-level expression, as SANY and TLC allow.
VARIABLE x, y
C == INSTANCE Counter WITH Max <- y, count <- x
Step == C!Inc /\ UNCHANGED y
====
EXPECT:
(variable x)
(variable y)
(def C () (instance Counter (Max y) (count x)))
(def Step () (/\ C!Inc (UNCHANGED y)))
