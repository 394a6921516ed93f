---- MODULE expr_choose_tuple ----
a == CHOOSE <<p, q>> \in S : p < q
====
EXPECT:
(def a () (CHOOSE (<<p q>> \in S) (< p q)))
