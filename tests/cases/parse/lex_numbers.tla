---- MODULE lex_numbers ----
a == 42
b == \b101
c == \o17
d == \hFF
e == \h1f
f == 0
====
EXPECT:
(def a () 42)
(def b () 5)
(def c () 15)
(def d () 255)
(def e () 31)
(def f () 0)
