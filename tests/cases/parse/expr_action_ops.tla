---- MODULE expr_action_ops ----
a == A \cdot B
b == P ~> Q
c == E -+-> M
====
EXPECT:
(def a () (\cdot A B))
(def b () (~> P Q))
(def c () (-+-> E M))
