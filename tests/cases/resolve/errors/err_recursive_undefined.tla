---- MODULE err_recursive_undefined ----
RECURSIVE F(_)
G == 1
====
ERROR: unknown-name 2:11
