---- MODULE err_level_diamond_action ----
VARIABLE x
Spec == <>(x' = x)
====
ERROR: level 3:9
