---- MODULE err_level_wf_action_subscript ----
VARIABLE x
Next == x' = x
Spec == WF_<<x'>>(Next)
====
ERROR: level 4:12
