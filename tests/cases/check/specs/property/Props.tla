---- MODULE Props ----
\* Safety properties as TLC checks them: []P on every state, P on the initial states.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 4
Spec == Init /\ [][Next]_x
Small == [](x < 3)
StartsAtZero == x = 0
StartsAtOne == x = 1
AlwaysBelowFour == [](x < 4)
====
