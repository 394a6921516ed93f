---- MODULE err_nonassoc_lt_in ----
x == a < b \in S
====
ERROR: syntax 2:12
