---- MODULE prec_comparison_arith ----
a == x + 1 < y * 2
b == x .. y \subseteq S
====
EXPECT:
(def a () (< (+ x 1) (* y 2)))
(def b () (\subseteq (.. x y) S))
