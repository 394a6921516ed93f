---- MODULE junction_in_parens_one_line ----
Op == (\/ a \/ b) /\ c
====
EXPECT:
(def Op () (/\ (or (\/ a b)) c))
