---- MODULE expr_temporal_nesting ----
a == <>[]P
b == []<>P
c == [](x > 0)
====
EXPECT:
(def a () (<> ([] P)))
(def b () ([] (<> P)))
(def c () ([] (> x 0)))
