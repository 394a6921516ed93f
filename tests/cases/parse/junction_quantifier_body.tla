---- MODULE junction_quantifier_body ----
Op == \A x \in S : /\ x > 0
                   /\ x < 10
====
EXPECT:
(def Op () (\A (x \in S) (and (> x 0) (< x 10))))
