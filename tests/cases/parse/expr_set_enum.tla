---- MODULE expr_set_enum ----
a == {1, 2, 3}
b == {}
c == {{}}
d == {x \in S}
====
EXPECT:
(def a () ({} 1 2 3))
(def b () ({}))
(def c () ({} ({})))
(def d () ({} (\in x S)))
