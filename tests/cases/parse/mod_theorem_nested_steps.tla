---- MODULE mod_theorem_nested_steps ----
THEOREM T2 == TRUE
<1>1. TRUE
  <2>1. TRUE
    OBVIOUS
  <2>2. QED
    BY <2>1
<1>2. QED
  BY <1>1
k == 1
====
EXPECT:
(theorem T2 TRUE)
(def k () 1)
