---- MODULE mod_extends_single ----
EXTENDS Integers
VARIABLE x
Init == x = 0
====
EXPECT:
(extends Integers)
(variable x)
(def Init () (= x 0))
