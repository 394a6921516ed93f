---- MODULE expr_except_at ----
a == [f EXCEPT ![i] = @ + 1]
====
EXPECT:
(def a () (except f (((idx i)) (+ @ 1))))
