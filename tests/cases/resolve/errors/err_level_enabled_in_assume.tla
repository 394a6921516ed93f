---- MODULE err_level_enabled_in_assume ----
VARIABLE x
ASSUME ENABLED (x' = x)
====
ERROR: level 3:8
