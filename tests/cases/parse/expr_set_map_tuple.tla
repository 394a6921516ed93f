---- MODULE expr_set_map_tuple ----
a == {p + q : <<p, q>> \in S}
b == {<<x, y>> : x, y \in S}
====
EXPECT:
(def a () (map (+ p q) (<<p q>> \in S)))
(def b () (map (<<>> x y) (x y \in S)))
