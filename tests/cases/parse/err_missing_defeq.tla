---- MODULE err_missing_defeq ----
Op(a) a + 1
====
ERROR: syntax 2:7
