---- MODULE err_arity_instance_subst_op ----
Pair(a, b) == a
I == INSTANCE ArityTarget WITH F <- Pair
====
ERROR: arity 3:37
