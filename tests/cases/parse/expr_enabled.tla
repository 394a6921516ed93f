---- MODULE expr_enabled ----
a == ENABLED Next
b == ENABLED (x' = 1)
====
EXPECT:
(def a () (ENABLED Next))
(def b () (ENABLED (= (prime x) 1)))
