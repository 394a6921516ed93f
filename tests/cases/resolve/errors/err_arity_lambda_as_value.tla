---- MODULE err_arity_lambda_as_value ----
F(v) == v
G == F(LAMBDA a : a)
====
ERROR: arity 3:8
