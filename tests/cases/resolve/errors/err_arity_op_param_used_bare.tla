---- MODULE err_arity_op_param_used_bare ----
Apply(F(_), v) == F
====
ERROR: arity 2:19
