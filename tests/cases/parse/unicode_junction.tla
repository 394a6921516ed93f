---- MODULE unicode_junction ----
VARIABLES x, y
Next ≜ ∧ x' = x + 1
       ∧ y' = y
====
EXPECT:
(variable x) (variable y)
(def Next () (and (= (prime x) (+ x 1)) (= (prime y) y)))
