---- MODULE PassedThrough ----
\* A SPECIFICATION and PROPERTY written through an operator whose body is its parameter.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 4
id(f) == f
Spec == id(Init /\ [][Next]_x /\ WF_x(Next))
Small == id([](x < 3))
Reaches == id(<>(x = 3))
====
