---- MODULE Slots ----
\* Refinement per slot through an instance with a parameter: \A s \in Slots : S(s)!Spec.
EXTENDS Naturals
CONSTANT Slots, Jump
VARIABLE f
Init == f = [s \in Slots |-> 0]
Next == \E s \in Slots : /\ f[s] < 2
                         /\ f' = [f EXCEPT ![s] = IF s = Jump THEN 2 ELSE f[s] + 1]
Spec == Init /\ [][Next]_f /\ WF_f(Next)
SpecLazy == Init /\ [][Next]_f
S(s) == INSTANCE Slot WITH v <- f[s]
Refines == \A s \in Slots : S(s)!Spec
Done == \A s \in Slots : S(s)!Eventually
====
