---- MODULE FairNat ----
\* Fairness over an infinite set: without a liveness property it is not evaluated (as in TLC).
EXTENDS Naturals
VARIABLE x
Init == x = 0
A(p) == x < 3 /\ x' = x + 1
Next == \E p \in 0..1 : A(p)
Spec == Init /\ [][Next]_x /\ \A p \in Nat : WF_x(A(p))
====
