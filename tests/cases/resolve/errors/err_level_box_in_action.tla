---- MODULE err_level_box_in_action ----
VARIABLE x
Spec == [][[](x = 1)]_x
====
ERROR: level 3:12
