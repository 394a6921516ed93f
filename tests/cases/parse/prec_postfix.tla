---- MODULE prec_postfix ----
a == R^+ \cup S
b == R^* = S
====
EXPECT:
(def a () (\cup (^+ R) S))
(def b () (= (^* R) S))
