---- MODULE expr_except_multi ----
a == [f EXCEPT ![1] = 2, ![2] = @, !.x = 3]
====
EXPECT:
(def a () (except f (((idx 1)) 2) (((idx 2)) @) (((dot x)) 3)))
