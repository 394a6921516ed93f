---- MODULE prec_and_or_left_assoc ----
a == p /\ q /\ r
b == p \/ q \/ r
====
EXPECT:
(def a () (/\ (/\ p q) r))
(def b () (\/ (\/ p q) r))
