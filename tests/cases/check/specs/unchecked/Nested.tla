---- MODULE Nested ----
\* A PROPERTY of a form vouch does not check (<> over a formula with [] inside): the verdict is
\* unknown, never conforms.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Settles == <>(x = 2 /\ [](x = 2))
====
