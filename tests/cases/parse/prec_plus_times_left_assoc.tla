---- MODULE prec_plus_times_left_assoc ----
a == x + y + z
b == x * y * z
====
EXPECT:
(def a () (+ (+ x y) z))
(def b () (* (* x y) z))
