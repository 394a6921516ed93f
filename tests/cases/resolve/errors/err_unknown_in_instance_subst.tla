---- MODULE err_unknown_in_instance_subst ----
INSTANCE InstTarget WITH N <- Undefined, v <- 1
====
ERROR: unknown-name 2:31
