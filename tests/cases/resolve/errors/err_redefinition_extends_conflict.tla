---- MODULE err_redefinition_extends_conflict ----
EXTENDS DefHelper, DefHelper2
====
ERROR: redefinition 2:20
