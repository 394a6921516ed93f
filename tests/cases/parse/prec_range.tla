---- MODULE prec_range ----
a == 1 .. n + 1
b == x \in 1..N
c == 0 .. n - 1
====
EXPECT:
(def a () (.. 1 (+ n 1)))
(def b () (\in x (.. 1 N)))
(def c () (.. 0 (- n 1)))
