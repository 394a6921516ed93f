---- MODULE prec_unchanged_plain_and ----
a == UNCHANGED x /\ y
b == ~UNCHANGED x
====
EXPECT:
(def a () (/\ (UNCHANGED x) y))
(def b () (~ (UNCHANGED x)))
