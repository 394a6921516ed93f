---- MODULE mod_theorem_obvious ----
x == 1
THEOREM T == x = 1
  OBVIOUS
y == 2
====
EXPECT:
(def x () 1)
(theorem T (= x 1))
(def y () 2)
