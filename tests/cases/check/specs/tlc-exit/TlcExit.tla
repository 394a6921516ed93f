---- MODULE TlcExit ----
\* TLCSet("exit", TRUE) stops the search without an error, and TLCGet("distinct") and
\* TLCGet("generated") read the search's counters. `Stop` is of constant level, yet it is
\* evaluated on every state: it calls impure operators.
EXTENDS Naturals, TLC
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == \/ x < 20 /\ x' = x + 1 /\ y' = y
        \/ y < 20 /\ y' = y + 1 /\ x' = x
Stop == TLCSet("exit", TLCGet("distinct") > 30)
Counted == TLCGet("generated") >= TLCGet("distinct") - 1
====
