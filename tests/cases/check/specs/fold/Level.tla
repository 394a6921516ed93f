---- MODULE Level ----
\* TLCGet("level") is the level of the state a predicate is about (1 for an initial state), and
\* that of the step's first state in an action or a step property.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0 /\ TLCGet("level") = 0
Next == x < 3 /\ TLCGet("level") = x + 1 /\ x' = x + 1
Inv == TLCGet("level") = x + 1
Con == TLCGet("level") = x + 1
Prop == [][TLCGet("level") = x + 1 /\ x' = x + 1]_x
====
