---- MODULE expr_exists_multi ----
P == \E x, y \in S : x # y
====
EXPECT:
(def P () (\E (x y \in S) (/= x y)))
