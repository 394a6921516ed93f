---- MODULE err_extends_missing ----
EXTENDS Naturals, NoSuchModuleAnywhere
====
ERROR: missing-module 2:19
