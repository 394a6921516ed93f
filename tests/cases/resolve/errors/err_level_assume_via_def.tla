---- MODULE err_level_assume_via_def ----
VARIABLE x
Inv == x = 1
ASSUME Inv
====
ERROR: level 4:8
