---- MODULE Inner2 ----
CONSTANT Pick(_)
VARIABLE z
Init == z = Pick(0)
Next == z' = Pick(z)
====
