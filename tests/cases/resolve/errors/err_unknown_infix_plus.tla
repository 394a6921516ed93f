---- MODULE err_unknown_infix_plus ----
CONSTANT a
Op == a + a
====
ERROR: unknown-name 3:7
