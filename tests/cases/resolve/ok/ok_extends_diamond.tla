---- MODULE ok_extends_diamond ----
EXTENDS DiamondLeft, DiamondRight, Naturals
Both == Left /\ Right
Init == state = 0
Next == state' = state + 1 /\ Base
====
EXPECT:
(extends DiamondLeft DiamondRight Naturals)
(def Both () (/\ Left Right))
(def Init () (= state 0))
(def Next () (/\ (= (prime state) (+ state 1)) Base))
