---- MODULE DefinitionBranches ----
\* A state predicate used in an action is entered like any definition: both disjuncts of
\* Either hold in the initial state, so its successor is generated twice (as in TLC). Only a
\* constant without parameters (Always) is evaluated as a value.
EXTENDS Naturals
VARIABLES x, y
Either == x = 0 \/ y = 0
Always == TRUE \/ TRUE
Init == x = 0 /\ y = 0
Next == /\ Either
        /\ Always
        /\ x' = (x + 1) % 3
        /\ y' = y
====
