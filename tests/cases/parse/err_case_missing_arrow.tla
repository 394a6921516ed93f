---- MODULE err_case_missing_arrow ----
x == CASE a 1
====
ERROR: syntax 2:13
