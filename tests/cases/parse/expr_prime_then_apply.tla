---- MODULE expr_prime_then_apply ----
a == x'[1]
b == r'.val
====
EXPECT:
(def a () (apply (prime x) 1))
(def b () (. (prime r) val))
