---- MODULE expr_subset_union_domain ----
a == SUBSET S
b == UNION {S, T}
c == DOMAIN f
====
EXPECT:
(def a () (SUBSET S))
(def b () (UNION ({} S T)))
(def c () (DOMAIN f))
