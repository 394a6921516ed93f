---- MODULE err_prec_unicode ----
x ≜ a ∧ b ∨ c
====
ERROR: syntax 2:11
