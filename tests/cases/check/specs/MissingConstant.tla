---- MODULE MissingConstant ----
CONSTANT N, M
VARIABLE x
Init == x = N
Next == x' = x
====
