---- MODULE prec_cartesian_in ----
a == x \in A \X B
b == <<1, 2>> \in Nat \X Nat
====
EXPECT:
(def a () (\in x (\X A B)))
(def b () (\in (<<>> 1 2) (\X Nat Nat)))
