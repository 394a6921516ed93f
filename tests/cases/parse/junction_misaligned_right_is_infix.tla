---- MODULE junction_misaligned_right_is_infix ----
Op == /\ a
       /\ b
====
EXPECT:
(def Op () (and (/\ a b)))
