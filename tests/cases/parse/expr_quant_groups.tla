---- MODULE expr_quant_groups ----
P == \A x \in S, y \in T : x = y
Q == \A x, y \in S, <<a, b>> \in T : P
====
EXPECT:
(def P () (\A (x \in S) (y \in T) (= x y)))
(def Q () (\A (x y \in S) (<<a b>> \in T) P))
