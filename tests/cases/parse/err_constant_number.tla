---- MODULE err_constant_number ----
CONSTANT 1
====
ERROR: syntax 2:10
