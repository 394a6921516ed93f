---- MODULE err_prec_plus_mod ----
x == a + b % c
====
ERROR: syntax 2:12
