---- MODULE Config ----
\* TLCGet("config") says how the search runs (TLC's test220, Github866); registers set by an
\* ASSUME are every worker's (TLCGetAll); TLCGet("level")' is the level of a step's second state
\* (TLCGetLevel).
EXTENDS Naturals, TLC
ASSUME TLCGet("config").deadlock = FALSE
ASSUME TLCGet("config").mode = "bfs"
ASSUME TLCSet(1, 0)
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == /\ TLCSet(1, TLCGet(1) + 1)
        /\ TLCGet("level")' = TLCGet("level") + 1
        /\ x' \in 1..3
        /\ y' \in 1..3
Inv == TLCGet("config").worker \in {1, 2}
====
