---- MODULE junction_in_set_filter ----
Op == {x \in S : \/ x = 1
                 \/ x = 2}
====
EXPECT:
(def Op () (filter (x \in S) (or (= x 1) (= x 2))))
