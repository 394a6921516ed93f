---- MODULE mod_theorem_unnamed ----
VARIABLE x
Spec == x = 0
THEOREM Spec => x = 0
====
EXPECT:
(variable x)
(def Spec () (= x 0))
(theorem (=> Spec (= x 0)))
