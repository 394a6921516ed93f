---- MODULE Bounded ----
(* The constraints bound the search; TLC still checks the invariants of the states they exclude
   (it does not explore them). *)
EXTENDS Naturals
VARIABLE x
Init == x \in {0, 1}
InitFar == x \in {0, 7}
Next == x' = x + 1
Inv == x < 3
Small == x < 3
StepSmall == x' < 3
====
