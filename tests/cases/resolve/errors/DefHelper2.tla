---- MODULE DefHelper2 ----
Shared == 2
====
