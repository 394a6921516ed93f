---- MODULE StringOrder ----
\* TLC orders strings and model values by when their text is first read (the .cfg first, then
\* the spec), not alphabetically: CHOOSE takes "zeta" and bb here, and \E tries "zeta", then
\* "alpha", then "mid", so the violation is met after 3 successors (after 2 in alphabetical
\* order, and with another initial state).
EXTENDS Naturals
CONSTANTS M, aa, bb
VARIABLES x, y, n
Names == {"zeta", "alpha", "mid"}
Init == /\ x = CHOOSE s \in Names : TRUE
        /\ y = CHOOSE m \in M : TRUE
        /\ n = 0
Next == /\ n < 3
        /\ \E s \in Names : x' = s
        /\ y' = y
        /\ n' = n + 1
Inv == /\ x # "mid"
       /\ x = "zeta" => y = bb
====
