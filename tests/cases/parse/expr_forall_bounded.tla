---- MODULE expr_forall_bounded ----
P == \A x \in S : x > 0
====
EXPECT:
(def P () (\A (x \in S) (> x 0)))
