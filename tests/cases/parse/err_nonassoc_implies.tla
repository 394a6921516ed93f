---- MODULE err_nonassoc_implies ----
x == a => b => c
====
ERROR: syntax 2:13
