---- MODULE err_lambda_param_out_of_scope ----
Apply(F(_), v) == F(v)
G == Apply(LAMBDA a : a, 1) = a
====
ERROR: unknown-name 3:31
