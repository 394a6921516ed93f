---- MODULE mod_full_spec ----
EXTENDS Naturals
CONSTANT N
VARIABLE x
ASSUME N > 0
Init == x = 0
Next == x' = (x + 1) % N
Spec == Init /\ [][Next]_x
THEOREM Spec => [](x < N)
====
EXPECT:
(extends Naturals)
(constant N)
(variable x)
(assume (> N 0))
(def Init () (= x 0))
(def Next () (= (prime x) (% (+ x 1) N)))
(def Spec () (/\ Init ([] ([]_ Next x))))
(theorem (=> Spec ([] (< x N))))
