---- MODULE expr_let_nested ----
Op == LET a == 1 IN LET b == a IN b
====
EXPECT:
(def Op () (let ((def a () 1)) (let ((def b () a)) b)))
