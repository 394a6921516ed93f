---- MODULE err_named_instance_missing_implicit ----
I == INSTANCE InstTarget WITH N <- 1
====
ERROR: unknown-name 2:1
