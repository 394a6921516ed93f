---- MODULE err_arity_lambda ----
Apply(F(_), v) == F(v)
G == Apply(LAMBDA a, b : a, 1)
====
ERROR: arity 3:12
