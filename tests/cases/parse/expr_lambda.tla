---- MODULE expr_lambda ----
a == Apply(LAMBDA x : x + 1, 3)
b == Fold(LAMBDA p, q : p + q, 0)
====
EXPECT:
(def a () (Apply (LAMBDA (x) (+ x 1)) 3))
(def b () (Fold (LAMBDA (p q) (+ p q)) 0))
