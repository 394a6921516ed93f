---- MODULE err_prec_cup_cap ----
x == A \cup B \cap C
====
ERROR: syntax 2:15
