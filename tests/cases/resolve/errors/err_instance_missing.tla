---- MODULE err_instance_missing ----
INSTANCE NoSuchModuleAnywhere
====
ERROR: missing-module 2:10
