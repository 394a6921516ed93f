---- MODULE InfiniteState ----
\* A state cannot hold an infinite set: an evaluation error with the behavior, not a crash.
EXTENDS Naturals
VARIABLE x, s
Init == x = 0 /\ s = {}
Next == x < 3 /\ x' = x + 1 /\ s' = {n \in Nat : n > x}
====
