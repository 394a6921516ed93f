---- MODULE junction_quantifier_in_item ----
Op == /\ \E x \in S : x > 0
      /\ b
====
EXPECT:
(def Op () (and (\E (x \in S) (> x 0)) b))
