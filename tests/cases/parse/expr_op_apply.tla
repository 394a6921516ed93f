---- MODULE expr_op_apply ----
a == Op(1)
b == Op(x, y + 1)
c == Op(F(x), <<>>)
====
EXPECT:
(def a () (Op 1))
(def b () (Op x (+ y 1)))
(def c () (Op (F x) (<<>>)))
