---- MODULE prec_if_extends_right ----
a == IF c THEN 1 ELSE 2 + 3
b == x = IF c THEN 1 ELSE 2
d == 1 + (IF c THEN 1 ELSE 2) * 3
====
EXPECT:
(def a () (if c 1 (+ 2 3)))
(def b () (= x (if c 1 2)))
(def d () (+ 1 (* (if c 1 2) 3)))
