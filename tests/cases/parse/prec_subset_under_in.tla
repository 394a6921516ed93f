---- MODULE prec_subset_under_in ----
a == S \in SUBSET T
b == x \in UNION S
c == DOMAIN f = S
====
EXPECT:
(def a () (\in S (SUBSET T)))
(def b () (\in x (UNION S)))
(def c () (= (DOMAIN f) S))
