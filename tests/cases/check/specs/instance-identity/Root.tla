---- MODULE Root ----
EXTENDS Naturals
VARIABLE x
J(k) == INSTANCE A WITH S <- k
Init == x = 0
Next == x < 3 /\ x' = x + 1 /\ J(x)!Val = x * 10 /\ J(x + 1)!Val = (x + 1) * 10
====
