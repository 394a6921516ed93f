---- MODULE mod_variables ----
VARIABLE x
VARIABLES y, z
====
EXPECT:
(variable x) (variable y) (variable z)
