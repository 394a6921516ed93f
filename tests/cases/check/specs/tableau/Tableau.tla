---- MODULE Tableau ----
\* Temporal properties of shapes that need the tableau (ADR 0008): nested temporal operators,
\* IF over temporal formulas, quantifiers over them, fairness conditions inside a property, and
\* fairness conjuncts of the SPECIFICATION other than WF, SF and []<><<A>>_v.
EXTENDS Naturals
VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\ y = 0
Inc == x < 3 /\ x' = x + 1 /\ UNCHANGED y
Flip == y' = 1 - y /\ UNCHANGED x
Reset == x = 3 /\ x' = 0 /\ UNCHANGED y
Next == Inc \/ Flip \/ Reset
Spec == Init /\ [][Next]_vars /\ WF_vars(Inc) /\ WF_vars(Reset)
SpecW == Init /\ [][Next]_vars /\ WF_vars(Inc)
\* Flips stop at some point.
SpecSettled == SpecW /\ <>[][Inc \/ Reset]_vars

Branch == IF y = 0 THEN <>(x = 3) ELSE <>(x = 1)
Settles == <>(x = 3 /\ [](x = 3))
Conditional == []<>(x = 0) => []<>(x = 3)
Constant == \E v \in {0, 3} : [](x = v)
Both == [](<>(x = 1) /\ <>(x = 2))
FairOr == WF_vars(Flip) \/ <>(x = 3)
YSettles == <>[](y = 0) \/ <>[](y = 1)
====
