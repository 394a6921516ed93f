---- MODULE err_arity_param_instance_no_args ----
VARIABLE x
I(n) == INSTANCE InstTarget WITH N <- n, v <- x
G == I!Op
====
ERROR: arity 4:6
