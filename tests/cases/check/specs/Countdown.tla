---- MODULE Countdown ----
\* Counts down from N and stops at 0: a deadlock, unless CHECK_DEADLOCK is FALSE.
EXTENDS Naturals
CONSTANT N
VARIABLE n
Init == n = N
Next == n > 0 /\ n' = n - 1
====
