---- MODULE err_unknown_prefix_minus ----
CONSTANT a
Op == -a
====
ERROR: unknown-name 3:7
