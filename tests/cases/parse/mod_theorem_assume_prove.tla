---- MODULE mod_theorem_assume_prove ----
THEOREM AP == ASSUME NEW S, NEW x \in S
              PROVE  x \in S
  OBVIOUS
w == 1
====
EXPECT:
(theorem AP)
(def w () 1)
