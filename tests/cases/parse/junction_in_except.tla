---- MODULE junction_in_except ----
Op == [f EXCEPT ![1] = /\ a
                       /\ b]
====
EXPECT:
(def Op () (except f (((idx 1)) (and a b))))
