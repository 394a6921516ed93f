---- MODULE Counter ----
EXTENDS Naturals
CONSTANT Max
VARIABLE count
Init == count = 0
Inc == count < Max /\ count' = count + 1
Next == Inc \/ UNCHANGED count
Spec == Init /\ [][Next]_count
TypeOK == count \in 0..Max
====
