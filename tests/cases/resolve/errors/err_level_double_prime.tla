---- MODULE err_level_double_prime ----
VARIABLE x
Next == x'' = 1
====
ERROR: level 3:9
