---- MODULE lex_no_spaces ----
a == x<=y
b == x=<y
c == x#y
d == x/=y
e == x-y
f == x..y
g == <<x,y>>
h == x'=x+1
====
EXPECT:
(def a () (<= x y))
(def b () (<= x y))
(def c () (/= x y))
(def d () (/= x y))
(def e () (- x y))
(def f () (.. x y))
(def g () (<<>> x y))
(def h () (= (prime x) (+ x 1)))
