---- MODULE expr_tuple ----
a == <<1, 2, 3>>
b == <<x>>
c == << >>
d == <<>>
====
EXPECT:
(def a () (<<>> 1 2 3))
(def b () (<<>> x))
(def c () (<<>>))
(def d () (<<>>))
