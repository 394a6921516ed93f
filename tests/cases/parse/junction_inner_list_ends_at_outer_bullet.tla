---- MODULE junction_inner_list_ends_at_outer_bullet ----
Op == \/ /\ a
      \/ b
====
EXPECT:
(def Op () (or (and a) b))
