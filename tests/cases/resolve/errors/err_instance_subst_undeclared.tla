---- MODULE err_instance_subst_undeclared ----
VARIABLE x
INSTANCE InstTarget WITH N <- 1, v <- x, Z <- 2
====
ERROR: unknown-name 3:42
