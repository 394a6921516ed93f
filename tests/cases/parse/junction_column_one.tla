---- MODULE junction_column_one ----
Op ==
/\ a
/\ b
Next == 1
====
EXPECT:
(def Op () (and a b))
(def Next () 1)
