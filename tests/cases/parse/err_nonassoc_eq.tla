---- MODULE err_nonassoc_eq ----
x == a = b = c
====
ERROR: syntax 2:12
