---- MODULE EndlessRecursion ----
\* Down(0) never reaches its base case: an evaluation error with the location, not a crash.
EXTENDS Integers
VARIABLE x
RECURSIVE Down(_)
Down(n) == IF n = 1 THEN TRUE ELSE Down(n - 1)
Init == x = 0
Next == Down(x) /\ x' = x
====
