---- MODULE err_nonassoc_pow ----
x == a ^ b ^ c
====
ERROR: syntax 2:12
