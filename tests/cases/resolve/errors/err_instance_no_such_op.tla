---- MODULE err_instance_no_such_op ----
VARIABLE x
I == INSTANCE InstTarget WITH N <- 1, v <- x
G == I!Nope
====
ERROR: unknown-name 4:6
