---- MODULE err_redefinition_bound_shadows_variable ----
VARIABLE x
G == \E x \in {1} : TRUE
====
ERROR: redefinition 3:9
