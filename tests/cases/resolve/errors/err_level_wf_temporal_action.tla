---- MODULE err_level_wf_temporal_action ----
VARIABLE x
Spec == WF_x([](x = 1))
====
ERROR: level 3:14
