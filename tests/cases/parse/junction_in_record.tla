---- MODULE junction_in_record ----
Op == [a |-> /\ x
             /\ y,
       b |-> 2]
====
EXPECT:
(def Op () (record (a (and x y)) (b 2)))
