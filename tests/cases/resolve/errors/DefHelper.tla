---- MODULE DefHelper ----
Shared == 1
====
