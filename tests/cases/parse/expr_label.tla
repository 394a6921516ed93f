---- MODULE expr_label ----
Inv == Lbl:: x > 0
Op(i) == Step(i):: i > 0
====
EXPECT:
(def Inv () (label Lbl (> x 0)))
(def Op (i) (label (Step i) (> i 0)))
