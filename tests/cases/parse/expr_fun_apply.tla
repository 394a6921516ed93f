---- MODULE expr_fun_apply ----
a == f[1]
b == f[x, y]
c == f[x][y]
d == f[g[x]]
====
EXPECT:
(def a () (apply f 1))
(def b () (apply f x y))
(def c () (apply (apply f x) y))
(def d () (apply f (apply g x)))
