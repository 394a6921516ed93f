---- MODULE expr_field ----
a == r.val
b == r.a.b
c == f[i].x
d == r.a[1]
====
EXPECT:
(def a () (. r val))
(def b () (. (. r a) b))
(def c () (. (apply f i) x))
(def d () (apply (. r a) 1))
