---- MODULE expr_recset ----
a == [name : STRING, ok : BOOLEAN]
b == [val : 1..3]
====
EXPECT:
(def a () (recset (name STRING) (ok BOOLEAN)))
(def b () (recset (val (.. 1 3))))
