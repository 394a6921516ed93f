---- MODULE expr_set_map ----
a == {x * 2 : x \in S}
b == {x + y : x \in S, y \in T}
c == {x : x \in S}
====
EXPECT:
(def a () (map (* x 2) (x \in S)))
(def b () (map (+ x y) (x \in S) (y \in T)))
(def c () (map x (x \in S)))
