---- MODULE err_nested_module_not_instanced ----
---- MODULE Inner ----
Val == 1
====
G == Val
====
ERROR: unknown-name 5:6
