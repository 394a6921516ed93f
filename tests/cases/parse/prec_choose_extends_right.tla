---- MODULE prec_choose_extends_right ----
a == CHOOSE x \in S : x > 0 /\ x < 5
====
EXPECT:
(def a () (CHOOSE (x \in S) (/\ (> x 0) (< x 5))))
