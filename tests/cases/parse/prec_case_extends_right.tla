---- MODULE prec_case_extends_right ----
a == CASE p -> 1 [] OTHER -> 2 + 3
b == CASE p -> x /\ y [] q -> z
====
EXPECT:
(def a () (case (p 1) (other (+ 2 3))))
(def b () (case (p (/\ x y)) (q z)))
