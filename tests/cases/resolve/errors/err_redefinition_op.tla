---- MODULE err_redefinition_op ----
A == 1
A == 2
====
ERROR: redefinition 3:1
