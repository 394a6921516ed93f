---- MODULE prec_label_extends_right ----
a == L:: x = 1 /\ y = 2
====
EXPECT:
(def a () (label L (/\ (= x 1) (= y 2))))
