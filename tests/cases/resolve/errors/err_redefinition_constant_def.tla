---- MODULE err_redefinition_constant_def ----
CONSTANT N
N == 1
====
ERROR: redefinition 3:1
