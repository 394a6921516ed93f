---- MODULE Visits ----
\* Temporal operators with arguments, LET around temporal formulas, and fairness inside a
\* property, checked by the tableau.
EXTENDS Naturals
CONSTANT Procs
VARIABLE t, c
Init == t \in Procs /\ c = 0
Next == \E p \in Procs : p /= t /\ t' = p /\ c' = (c + 1) % 3
Spec == Init /\ [][Next]_<<t, c>> /\ WF_<<t, c>>(Next)
SpecOne == Init /\ [][Next]_<<t, c>> /\ \A p \in Procs : WF_<<t,c>>(t' = p /\ p /= t /\ c' = (c + 1) % 3)
Visits(p) == []<>(t = p)
Often(p, k) == LET v == t = p IN []<>(v /\ c = k)
All(S) == \A p \in S : Visits(p)
AllVisit == \A p \in Procs : Visits(p)
Some == \E p \in Procs : <>[](t /= p)
Pairs == \A p \in Procs : Often(p, 0) \/ Often(p, 1)
Sub == All({1, 2})
Fair2(p) == WF_<<t, c>>(t' = p /\ p /= t /\ c' = (c + 1) % 3)
Imp == (\A p \in Procs : Fair2(p)) => AllVisit
====
