---- MODULE err_bound_out_of_scope ----
CONSTANT S
Op == (\E x \in S : x = x) /\ x = x
====
ERROR: unknown-name 3:31
