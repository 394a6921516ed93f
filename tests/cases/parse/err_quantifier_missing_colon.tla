---- MODULE err_quantifier_missing_colon ----
x == \A y \in S y > 0
====
ERROR: syntax 2:17
