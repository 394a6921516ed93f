---- MODULE err_level_box_action ----
VARIABLE x
Spec == [](x' = x)
====
ERROR: level 3:9
