---- MODULE expr_parens_no_trace ----
a == ((x))
b == (((1 + 2)))
c == (f)[1]
====
EXPECT:
(def a () x)
(def b () (+ 1 2))
(def c () (apply f 1))
