---- MODULE junction_let_in_item ----
Op == /\ LET y == 1
         IN  y = 1
      /\ b
====
EXPECT:
(def Op () (and (let ((def y () 1)) (= y 1)) b))
