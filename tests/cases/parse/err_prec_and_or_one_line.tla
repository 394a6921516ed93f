---- MODULE err_prec_and_or_one_line ----
x == a /\ b \/ c
====
ERROR: syntax 2:13
