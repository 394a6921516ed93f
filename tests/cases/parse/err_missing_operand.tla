---- MODULE err_missing_operand ----
x == 1 + * 2
====
ERROR: syntax 2:10
