---- MODULE err_instance_missing_name ----
INSTANCE WITH a <- 1
====
ERROR: syntax 2:10
