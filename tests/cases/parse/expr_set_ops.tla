---- MODULE expr_set_ops ----
a == S \ T
b == S \union T
c == S \intersect T
d == S \subseteq T
====
EXPECT:
(def a () (\ S T))
(def b () (\cup S T))
(def c () (\cap S T))
(def d () (\subseteq S T))
