---- MODULE expr_quant_nested ----
P == \A x \in S : \E y \in S : x < y
====
EXPECT:
(def P () (\A (x \in S) (\E (y \in S) (< x y))))
