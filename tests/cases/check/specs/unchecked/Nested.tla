---- MODULE Nested ----
\* A PROPERTY of a form vouch does not check (temporal existential quantification \EE): the
\* verdict is unknown, never conforms.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Settles == \EE y : <>(x = 2 /\ [](x = 2)) /\ [](y = y)
====
