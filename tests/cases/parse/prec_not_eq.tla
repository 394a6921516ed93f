---- MODULE prec_not_eq ----
a == ~x = y
b == ~x /\ y
c == ~ ~x
====
EXPECT:
(def a () (~ (= x y)))
(def b () (/\ (~ x) y))
(def c () (~ (~ x)))
