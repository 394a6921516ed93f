---- MODULE prec_plus_minus_levels ----
a == x + y - z
b == x - y + z
====
EXPECT:
(def a () (+ x (- y z)))
(def b () (+ (- x y) z))
