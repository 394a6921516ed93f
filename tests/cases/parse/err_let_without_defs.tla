---- MODULE err_let_without_defs ----
x == LET IN 1
====
ERROR: syntax 2:10
