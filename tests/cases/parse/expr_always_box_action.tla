---- MODULE expr_always_box_action ----
a == [][Next]_vars
====
EXPECT:
(def a () ([] ([]_ Next vars)))
