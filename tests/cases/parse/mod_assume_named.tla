---- MODULE mod_assume_named ----
CONSTANT N
ASSUME NPositive == N > 0
====
EXPECT:
(constant N)
(assume NPositive (> N 0))
