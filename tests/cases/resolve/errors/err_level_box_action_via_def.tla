---- MODULE err_level_box_action_via_def ----
VARIABLE x
Next == x' = x
Spec == []Next
====
ERROR: level 4:9
