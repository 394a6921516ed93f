---- MODULE err_redefinition_duplicate_param ----
F(a, a) == a
====
ERROR: redefinition 2:6
