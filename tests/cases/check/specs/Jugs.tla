---- MODULE Jugs ----
\* Two jugs of 3 and 5 gallons; the invariant claims 4 gallons can never be measured. It can, in
\* six steps, so checking must report a violation with a 7-state behavior.
EXTENDS Naturals
VARIABLES small, big
Min(m, n) == IF m < n THEN m ELSE n
Init == small = 0 /\ big = 0
FillSmall == small' = 3 /\ big' = big
FillBig == big' = 5 /\ small' = small
EmptySmall == small' = 0 /\ big' = big
EmptyBig == big' = 0 /\ small' = small
SmallToBig == /\ big' = Min(big + small, 5)
              /\ small' = small - (big' - big)
BigToSmall == /\ small' = Min(big + small, 3)
              /\ big' = big - (small' - small)
Next == FillSmall \/ FillBig \/ EmptySmall \/ EmptyBig \/ SmallToBig \/ BigToSmall
NotFour == big /= 4
====
