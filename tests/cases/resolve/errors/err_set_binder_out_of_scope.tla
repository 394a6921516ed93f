---- MODULE err_set_binder_out_of_scope ----
CONSTANT S
G == {x \in S : TRUE} = {x}
====
ERROR: unknown-name 3:26
