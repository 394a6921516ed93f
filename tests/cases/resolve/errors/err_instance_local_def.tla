---- MODULE err_instance_local_def ----
I == INSTANCE LocalHelper
G == I!Secret
====
ERROR: unknown-name 3:6
