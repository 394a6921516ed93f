---- MODULE err_arity_constant_op_no_args ----
CONSTANT F(_)
G == F
====
ERROR: arity 3:6
