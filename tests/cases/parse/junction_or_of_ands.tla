---- MODULE junction_or_of_ands ----
Next == \/ /\ x' = 1
           /\ y' = 2
        \/ /\ x' = 2
           /\ UNCHANGED y
====
EXPECT:
(def Next () (or (and (= (prime x) 1) (= (prime y) 2)) (and (= (prime x) 2) (UNCHANGED y))))
