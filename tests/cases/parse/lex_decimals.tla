---- MODULE lex_decimals ----
a == 1.5
b == 0.25
c == 3.14 + 1
====
EXPECT:
(def a () 1.5)
(def b () 0.25)
(def c () (+ 3.14 1))
