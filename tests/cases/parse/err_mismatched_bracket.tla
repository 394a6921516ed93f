---- MODULE err_mismatched_bracket ----
x == f[1)
====
ERROR: syntax 2:9
