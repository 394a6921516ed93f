---- MODULE err_level_box_subscript_action ----
VARIABLE x
Next == x' = x
Spec == [][Next]_<<x'>>
====
ERROR: level 4:18
