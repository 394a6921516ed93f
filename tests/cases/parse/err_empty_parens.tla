---- MODULE err_empty_parens ----
x == ()
====
ERROR: syntax 2:7
