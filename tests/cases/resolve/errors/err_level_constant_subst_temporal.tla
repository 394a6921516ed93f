---- MODULE err_level_constant_subst_temporal ----
VARIABLE x
INSTANCE InstTarget WITH N <- [](x = 1), v <- x
====
ERROR: level 3:26
