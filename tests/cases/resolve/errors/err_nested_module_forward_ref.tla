---- MODULE err_nested_module_forward_ref ----
---- MODULE Inner ----
Val == Later
====
Later == 1
====
ERROR: unknown-name 3:8
