---- MODULE ManyInit ----
\* Millions of initial states and nothing else: the budgets must also stop the enumeration of
\* the initial states (the search proper never starts).
EXTENDS Naturals
VARIABLES x, y
Init == x \in 1..3000 /\ y \in 1..3000
Next == UNCHANGED <<x, y>>
====
