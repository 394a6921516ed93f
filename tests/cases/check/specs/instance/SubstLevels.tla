---- MODULE SubstLevels ----
\* One module instantiated three ways: with two constants, with a parameter, and with a state
\* variable for its constant (allowed by SANY and TLC: the definitions used through that instance
\* are then state-level, and primed ones see the next state). A definition of the instantiated
\* module that another one calls must be evaluated per instance, never kept from one to the next.
EXTENDS Naturals
VARIABLES x, y
One == INSTANCE Limits WITH Lim <- 1
Ten == INSTANCE Limits WITH Lim <- 10
At(n) == INSTANCE Limits WITH Lim <- n
Now == INSTANCE Limits WITH Lim <- y

Init == x = 0 /\ y = 0
Next == /\ Now!Below(x)
        /\ x' = x + 1
        /\ y' = IF x % 2 = 0 THEN y + 1 ELSE y
        /\ Now!Bigger' = y' + 2

Inv == /\ One!Bigger = 3 /\ Ten!Bigger = 12
       /\ One!FirstStep = 2 /\ Ten!FirstStep = 11
       /\ At(5)!Bigger = 7 /\ At(x)!FirstStep = x + 1
       /\ Now!Bigger = y + 2
       /\ x <= 4
====
