---- MODULE prec_concat ----
a == s \o t = u
b == s \o t \circ u
====
EXPECT:
(def a () (= (\o s t) u))
(def b () (\o (\o s t) u))
