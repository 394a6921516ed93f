---- MODULE err_missing_then ----
x == IF a 1 ELSE 2
====
ERROR: syntax 2:11
