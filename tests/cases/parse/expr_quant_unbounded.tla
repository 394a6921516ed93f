---- MODULE expr_quant_unbounded ----
P == \E x : x = 1
Q == \A x, y : x = y
====
EXPECT:
(def P () (\E (x) (= x 1)))
(def Q () (\A (x y) (= x y)))
