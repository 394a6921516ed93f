---- MODULE expr_case ----
x == CASE n = 1 -> "one" [] n = 2 -> "two"
====
EXPECT:
(def x () (case ((= n 1) "one") ((= n 2) "two")))
