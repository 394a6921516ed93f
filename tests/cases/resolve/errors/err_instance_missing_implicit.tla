---- MODULE err_instance_missing_implicit ----
INSTANCE InstTarget WITH N <- 1
====
ERROR: unknown-name 2:1
