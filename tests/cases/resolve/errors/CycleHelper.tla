---- MODULE CycleHelper ----
EXTENDS err_circular_extends
B == 2
====
