---- MODULE err_recursive_arity_mismatch ----
RECURSIVE F(_)
F(a, b) == F(a, b)
====
ERROR: arity 3:1
