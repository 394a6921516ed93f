---- MODULE expr_unchanged ----
a == UNCHANGED <<x, y>>
b == UNCHANGED x
c == UNCHANGED vars
====
EXPECT:
(def a () (UNCHANGED (<<>> x y)))
(def b () (UNCHANGED x))
(def c () (UNCHANGED vars))
