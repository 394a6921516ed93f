---- MODULE junction_infix_same_line ----
Op == /\ a /\ b
Op2 == \/ a \/ b
Op3 == /\ a \/ b
====
EXPECT:
(def Op () (and (/\ a b)))
(def Op2 () (or (\/ a b)))
(def Op3 () (and (\/ a b)))
