---- MODULE mod_assume_unnamed ----
CONSTANT N
ASSUME N \in Nat
====
EXPECT:
(constant N)
(assume (\in N Nat))
