---- MODULE err_level_constant_subst_action ----
VARIABLE x
INSTANCE InstTarget WITH N <- x', v <- x
====
ERROR: level 3:26
