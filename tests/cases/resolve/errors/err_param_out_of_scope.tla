---- MODULE err_param_out_of_scope ----
F(p) == p
G == p
====
ERROR: unknown-name 3:6
