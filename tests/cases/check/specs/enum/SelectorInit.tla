---- MODULE SelectorInit ----
\* Init!1 is the first conjunct of Init: enumerated where it is used, so it assigns x.
EXTENDS Naturals
VARIABLES x, y
Init == /\ x \in {0, 1}
        /\ y = 1
OtherInit == Init!1 /\ y = 5
Next == x' = 1 - x /\ UNCHANGED y
====
