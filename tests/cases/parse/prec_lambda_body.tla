---- MODULE prec_lambda_body ----
a == F(LAMBDA x : x + 1 = 2, y)
====
EXPECT:
(def a () (F (LAMBDA (x) (= (+ x 1) 2)) y))
