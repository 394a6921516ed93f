---- MODULE TlcExitState ----
\* TLCSet("exit", TRUE) from a state predicate: the search stops without an error once a state
\* with x + y > 6 is checked, with one checking thread or several.
EXTENDS Naturals, TLC
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == \/ x < 1000 /\ x' = x + 1 /\ y' = y
        \/ y < 1000 /\ y' = y + 1 /\ x' = x
Stop == TLCSet("exit", x + y > 6)
====
