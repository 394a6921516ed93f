---- MODULE expr_choose ----
a == CHOOSE x \in S : x > 3
b == CHOOSE y : y \notin S
====
EXPECT:
(def a () (CHOOSE (x \in S) (> x 3)))
(def b () (CHOOSE (y) (\notin y S)))
