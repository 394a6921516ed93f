---- MODULE mod_constants ----
CONSTANT N
CONSTANTS Procs, Values
====
EXPECT:
(constant N) (constant Procs) (constant Values)
