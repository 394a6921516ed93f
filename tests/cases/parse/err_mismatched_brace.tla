---- MODULE err_mismatched_brace ----
x == {1, 2)
====
ERROR: syntax 2:11
