---- MODULE err_stray_keyword_unit ----
x == 1
THEN == 2
====
ERROR: syntax 3:1
