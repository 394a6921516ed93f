---- MODULE InstTarget ----
CONSTANT N
VARIABLE v
Op == v = N
====
