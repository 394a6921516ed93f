---- MODULE err_level_unchanged_action ----
VARIABLE x
Next == UNCHANGED x'
====
ERROR: level 3:9
