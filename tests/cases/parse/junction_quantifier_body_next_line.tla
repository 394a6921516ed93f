---- MODULE junction_quantifier_body_next_line ----
Op == /\ \A x \in S :
            x > 0
      /\ b
====
EXPECT:
(def Op () (and (\A (x \in S) (> x 0)) b))
