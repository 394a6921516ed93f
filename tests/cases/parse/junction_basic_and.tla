---- MODULE junction_basic_and ----
VARIABLES x, y
Next == /\ x' = x + 1
        /\ y' = y
====
EXPECT:
(variable x) (variable y)
(def Next () (and (= (prime x) (+ x 1)) (= (prime y) y)))
