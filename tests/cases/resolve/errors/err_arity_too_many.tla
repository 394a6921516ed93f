---- MODULE err_arity_too_many ----
F(a) == a
G == F(1, 2)
====
ERROR: arity 3:6
