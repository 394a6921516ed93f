---- MODULE err_unbalanced_close_paren ----
x == a + b)
====
ERROR: syntax 2:11
