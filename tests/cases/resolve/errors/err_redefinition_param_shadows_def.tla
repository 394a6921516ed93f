---- MODULE err_redefinition_param_shadows_def ----
x == 1
F(x) == x
====
ERROR: redefinition 3:3
