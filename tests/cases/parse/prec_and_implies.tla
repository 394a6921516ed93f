---- MODULE prec_and_implies ----
a == p /\ q => r
b == p => q /\ r
c == p \/ q => r \/ s
====
EXPECT:
(def a () (=> (/\ p q) r))
(def b () (=> p (/\ q r)))
(def c () (=> (\/ p q) (\/ r s)))
