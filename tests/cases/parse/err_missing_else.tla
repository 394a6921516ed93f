---- MODULE err_missing_else ----
x == IF a THEN b
y == 1
====
ERROR: syntax 3:1
