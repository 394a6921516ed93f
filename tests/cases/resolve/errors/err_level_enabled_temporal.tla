---- MODULE err_level_enabled_temporal ----
VARIABLE x
G == ENABLED ([](x = 1))
====
ERROR: level 3:6
