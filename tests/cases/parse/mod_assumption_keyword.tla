---- MODULE mod_assumption_keyword ----
CONSTANT N
ASSUMPTION N >= 1
====
EXPECT:
(constant N)
(assume (>= N 1))
