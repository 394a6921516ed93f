---- MODULE err_unknown_in_let_def ----
G == LET A == Missing IN A
====
ERROR: unknown-name 2:15
