---- MODULE junction_in_parens ----
Op == (/\ a
       /\ b) \/ c
====
EXPECT:
(def Op () (\/ (and a b) c))
