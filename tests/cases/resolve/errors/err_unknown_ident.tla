---- MODULE err_unknown_ident ----
VARIABLE x
Op == x = y
====
ERROR: unknown-name 3:11
