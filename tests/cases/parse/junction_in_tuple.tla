---- MODULE junction_in_tuple ----
Op == << /\ a
         /\ b,
         c >>
====
EXPECT:
(def Op () (<<>> (and a b) c))
