---- MODULE lex_range_not_decimal ----
a == 1..5
b == 1 .. 5
c == 1..n
====
EXPECT:
(def a () (.. 1 5))
(def b () (.. 1 5))
(def c () (.. 1 n))
