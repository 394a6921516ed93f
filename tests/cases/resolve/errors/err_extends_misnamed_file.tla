---- MODULE err_extends_misnamed_file ----
EXTENDS MisnamedHelper
====
ERROR: missing-module 2:9
