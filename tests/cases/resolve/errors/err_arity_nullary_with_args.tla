---- MODULE err_arity_nullary_with_args ----
A == 1
G == A(1)
====
ERROR: arity 3:6
