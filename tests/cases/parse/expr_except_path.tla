---- MODULE expr_except_path ----
a == [f EXCEPT ![i][j] = 0]
b == [f EXCEPT ![i, j] = 0]
====
EXPECT:
(def a () (except f (((idx i) (idx j)) 0)))
(def b () (except f (((idx i j)) 0)))
