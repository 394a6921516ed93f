---- MODULE err_arity_instance_op_too_few ----
Id(a) == a
I == INSTANCE ArityTarget WITH F <- Id
G == I!Two(1)
====
ERROR: arity 4:6
