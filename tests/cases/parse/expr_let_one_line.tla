---- MODULE expr_let_one_line ----
Op == LET a == 1 b == 2 IN a + b
====
EXPECT:
(def Op () (let ((def a () 1) (def b () 2)) (+ a b)))
