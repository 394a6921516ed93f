---- MODULE err_level_prime_action ----
VARIABLE x
Next == (x' = 1)'
====
ERROR: level 3:10
