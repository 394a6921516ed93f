---- MODULE expr_set_filter ----
a == {x \in S : x > 2}
b == {<<p, q>> \in S \X S : p < q}
====
EXPECT:
(def a () (filter (x \in S) (> x 2)))
(def b () (filter (<<p q>> \in (\X S S)) (< p q)))
