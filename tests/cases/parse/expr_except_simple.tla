---- MODULE expr_except_simple ----
a == [f EXCEPT ![1] = 2]
====
EXPECT:
(def a () (except f (((idx 1)) 2)))
