---- MODULE prec_cdot ----
a == A \cdot B /\ C
b == A \cdot B \cdot C
====
EXPECT:
(def a () (/\ (\cdot A B) C))
(def b () (\cdot (\cdot A B) C))
