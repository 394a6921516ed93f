---- MODULE err_redefinition_extended ----
EXTENDS DefHelper
Shared == 2
====
ERROR: redefinition 3:1
