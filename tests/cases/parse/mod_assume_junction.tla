---- MODULE mod_assume_junction ----
CONSTANTS N, M
ASSUME /\ N \in Nat
       /\ M \in Nat
====
EXPECT:
(constant N) (constant M)
(assume (and (\in N Nat) (\in M Nat)))
