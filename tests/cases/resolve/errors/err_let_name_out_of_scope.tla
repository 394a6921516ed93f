---- MODULE err_let_name_out_of_scope ----
G == LET A == 1 IN A
H == A
====
ERROR: unknown-name 3:6
