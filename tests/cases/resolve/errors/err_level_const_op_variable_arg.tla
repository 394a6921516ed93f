---- MODULE err_level_const_op_variable_arg ----
CONSTANT F(_)
VARIABLE x
ASSUME F(x)
====
ERROR: level 4:8
