---- MODULE err_arity_builtin_len ----
EXTENDS Sequences
G == Len(<<1>>, 2)
====
ERROR: arity 3:6
