---- MODULE err_unbalanced_open_paren ----
x == (a + b
y == 2
====
ERROR: syntax 3:1
