---- MODULE err_level_assume_variable ----
VARIABLE x
ASSUME x = 1
====
ERROR: level 3:8
