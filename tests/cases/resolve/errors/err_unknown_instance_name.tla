---- MODULE err_unknown_instance_name ----
G == J!Op
====
ERROR: unknown-name 2:6
