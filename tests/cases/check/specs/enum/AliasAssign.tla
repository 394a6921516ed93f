---- MODULE AliasAssign ----
\* A definition without parameters is looked through for the variable an assignment sets, as
\* TLC does: `nx = e` with nx == x' assigns x', and `cy' = e` with cy == y assigns y'.
EXTENDS Naturals
VARIABLES x, y
nx == x'
cy == y
Init == x = 0 /\ y = 0
Next == \/ x < 3 /\ nx = x + 1 /\ UNCHANGED y
        \/ y < 2 /\ cy' = y + 1 /\ UNCHANGED x
Inv == x + y < 5
====
