---- MODULE err_arity_op_argument ----
Apply(F(_), v) == F(v)
Two(a, b) == a
G == Apply(Two, 1)
====
ERROR: arity 4:12
