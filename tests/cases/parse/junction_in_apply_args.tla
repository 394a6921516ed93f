---- MODULE junction_in_apply_args ----
Op == F(/\ a
        /\ b, \/ c
              \/ d)
====
EXPECT:
(def Op () (F (and a b) (or c d)))
