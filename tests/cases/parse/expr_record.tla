---- MODULE expr_record ----
a == [name |-> "x", val |-> 1]
b == [val |-> 0]
====
EXPECT:
(def a () (record (name "x") (val 1)))
(def b () (record (val 0)))
