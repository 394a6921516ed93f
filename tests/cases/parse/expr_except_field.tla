---- MODULE expr_except_field ----
a == [r EXCEPT !.val = 1]
b == [r EXCEPT !.a.b = @ * 2]
c == [f EXCEPT ![p].state = "done"]
====
EXPECT:
(def a () (except r (((dot val)) 1)))
(def b () (except r (((dot a) (dot b)) (* @ 2))))
(def c () (except f (((idx p) (dot state)) "done")))
