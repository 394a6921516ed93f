---- MODULE prec_let_extends_right ----
a == LET y == 1 IN y + 1 = 2
b == (LET y == 1 IN y) + 1
====
EXPECT:
(def a () (let ((def y () 1)) (= (+ y 1) 2)))
(def b () (+ (let ((def y () 1)) y) 1))
