---- MODULE err_named_instance_missing ----
I == INSTANCE NoSuchModuleAnywhere
====
ERROR: missing-module 2:15
