---- MODULE err_redefinition_record_field ----
R == [a |-> 1, b |-> 2, a |-> 1]
====
ERROR: redefinition 2:6
