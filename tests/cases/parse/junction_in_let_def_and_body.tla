---- MODULE junction_in_let_def_and_body ----
Op == LET P == /\ a
               /\ b
      IN  \/ P
          \/ c
====
EXPECT:
(def Op () (let ((def P () (and a b))) (or P c)))
