---- MODULE Pair ----
\* ENABLED inside a module meant to be instantiated with both variables substituted by one.
VARIABLES x, y
Both == ENABLED (x' = 0 /\ y' = 1)
Differ == ENABLED (x # y /\ x' = 0 /\ y' = 1)
====
