---- MODULE err_arity_op_as_value ----
F(v) == v
Inc(n) == n
G == F(Inc)
====
ERROR: arity 4:8
