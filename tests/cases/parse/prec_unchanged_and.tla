---- MODULE prec_unchanged_and ----
a == UNCHANGED x /\ y' = 1
b == UNCHANGED <<x, y>> /\ z' = z
====
EXPECT:
(def a () (/\ (UNCHANGED x) (= (prime y) 1)))
(def b () (/\ (UNCHANGED (<<>> x y)) (= (prime z) z)))
