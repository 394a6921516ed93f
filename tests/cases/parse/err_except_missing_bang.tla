---- MODULE err_except_missing_bang ----
x == [f EXCEPT [1] = 2]
====
ERROR: syntax 2:16
