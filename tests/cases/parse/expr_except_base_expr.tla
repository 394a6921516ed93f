---- MODULE expr_except_base_expr ----
a == [r.f EXCEPT ![1] = 0]
b == [pc EXCEPT ![self] = "b"]'
====
EXPECT:
(def a () (except (. r f) (((idx 1)) 0)))
(def b () (prime (except pc (((idx self)) "b"))))
