---- MODULE err_redefinition_constant_variable ----
CONSTANT x
VARIABLE x
====
ERROR: redefinition 3:10
