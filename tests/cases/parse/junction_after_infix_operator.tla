---- MODULE junction_after_infix_operator ----
Op == a =>
        /\ b
        /\ c
====
EXPECT:
(def Op () (=> a (and b c)))
