---- MODULE err_arity_too_few ----
F(a, b) == a
G == F(1)
====
ERROR: arity 3:6
