---- MODULE lex_identifiers ----
x_1 == 1
Foo_Bar2 == x_1
a1b2 == Foo_Bar2
====
EXPECT:
(def x_1 () 1)
(def Foo_Bar2 () x_1)
(def a1b2 () Foo_Bar2)
