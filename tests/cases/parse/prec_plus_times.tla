---- MODULE prec_plus_times ----
a == 1 + 2 * 3
b == 1 * 2 + 3
====
EXPECT:
(def a () (+ 1 (* 2 3)))
(def b () (+ (* 1 2) 3))
