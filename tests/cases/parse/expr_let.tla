---- MODULE expr_let ----
Op == LET a == 1
          b(x) == x * 2
      IN  b(a)
====
EXPECT:
(def Op () (let ((def a () 1) (def b (x) (* x 2))) (b a)))
