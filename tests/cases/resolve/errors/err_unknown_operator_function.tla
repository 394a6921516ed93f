---- MODULE err_unknown_operator_function ----
EXTENDS Naturals
G == Len(<<1>>)
====
ERROR: unknown-name 3:6
