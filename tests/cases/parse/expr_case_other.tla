---- MODULE expr_case_other ----
sign == CASE x > 0 -> 1 [] x < 0 -> -1 [] OTHER -> 0
====
EXPECT:
(def sign () (case ((> x 0) 1) ((< x 0) (-. 1)) (other 0)))
