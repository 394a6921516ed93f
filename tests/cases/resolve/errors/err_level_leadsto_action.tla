---- MODULE err_level_leadsto_action ----
VARIABLE x
Spec == (x' = x) ~> (x = x)
====
ERROR: level 3:10
