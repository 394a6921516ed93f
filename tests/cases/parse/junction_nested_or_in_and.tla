---- MODULE junction_nested_or_in_and ----
Op == /\ \/ a
         \/ b
      /\ c
====
EXPECT:
(def Op () (and (or a b) c))
