---- MODULE Outer ----
EXTENDS Naturals
CONSTANT Procs
VARIABLE t
Init == t \in Procs
Next == \E p \in Procs : p /= t /\ t' = p
Spec == Init /\ [][Next]_t /\ WF_t(Next)
SpecOne == Init /\ [][Next]_t /\ \A p \in Procs : WF_t(t' = p /\ p /= t)
I == INSTANCE Inner WITH turn <- t
InnerLive == I!Live
====
