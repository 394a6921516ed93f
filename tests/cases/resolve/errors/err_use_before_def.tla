---- MODULE err_use_before_def ----
A == B
B == 1
====
ERROR: unknown-name 2:6
