---- MODULE prec_minus_left_assoc ----
a == x - y - z
====
EXPECT:
(def a () (- (- x y) z))
