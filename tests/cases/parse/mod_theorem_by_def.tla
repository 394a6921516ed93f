---- MODULE mod_theorem_by_def ----
Inv == TRUE
THEOREM Safe == Inv
  BY DEF Inv
Next == 1
====
EXPECT:
(def Inv () TRUE)
(theorem Safe Inv)
(def Next () 1)
