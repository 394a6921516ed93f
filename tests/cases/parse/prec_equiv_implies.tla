---- MODULE prec_equiv_implies ----
a == p <=> q => r
b == p => q <=> r
c == p /\ q <=> r
====
EXPECT:
(def a () (=> (<=> p q) r))
(def b () (=> p (<=> q r)))
(def c () (<=> (/\ p q) r))
