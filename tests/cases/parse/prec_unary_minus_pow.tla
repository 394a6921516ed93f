---- MODULE prec_unary_minus_pow ----
a == -x^2
b == (-x)^2
====
EXPECT:
(def a () (-. (^ x 2)))
(def b () (^ (-. x) 2))
