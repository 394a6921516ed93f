---- MODULE err_stray_keyword ----
x == 1 + 2 THEN 3
====
ERROR: syntax 2:12
