---- MODULE prec_pow_times ----
a == 2 * 3 ^ 2
b == 2 ^ 3 * 2
====
EXPECT:
(def a () (* 2 (^ 3 2)))
(def b () (* (^ 2 3) 2))
