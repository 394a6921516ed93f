---- MODULE expr_prime ----
a == x'
b == (x + y)'
c == f[x]'
d == r.val'
e == <<x, y>>'
====
EXPECT:
(def a () (prime x))
(def b () (prime (+ x y)))
(def c () (prime (apply f x)))
(def d () (prime (. r val)))
(def e () (prime (<<>> x y)))
