---- MODULE prec_eq_and ----
a == x = 1 /\ y # 2
b == x < 1 \/ y >= 2
====
EXPECT:
(def a () (/\ (= x 1) (/= y 2)))
(def b () (\/ (< x 1) (>= y 2)))
