---- MODULE prec_unary_minus_binary ----
a == -x + y
b == -x * y
c == x - -y
d == -x - y
====
EXPECT:
(def a () (+ (-. x) y))
(def b () (-. (* x y)))
(def c () (- x (-. y)))
(def d () (- (-. x) y))
