---- MODULE err_arity_instance_op ----
VARIABLE x
I == INSTANCE InstTarget WITH N <- 1, v <- x
G == I!Op(1)
====
ERROR: arity 4:6
