---- MODULE prec_primed_paren_eq ----
a == (x + 1)' = y
b == f[x]' # f[x]
====
EXPECT:
(def a () (= (prime (+ x 1)) y))
(def b () (/= (prime (apply f x)) (apply f x)))
