---- MODULE Relevant ----
\* Successors of \E bodies that do not read every bound variable. The first disjunct reaches a
\* successor without reading x: each x gives it again (TLC counts each as generated). The
\* second reads x, not z, for x # 3: z's other values are skipped. The third gives nothing
\* without reading x. Measured with TLC: 5 distinct, 14 generated, depth 3.
EXTENDS Naturals
VARIABLE y
Init == y = 0
Next == \/ \E x \in 1..3 : y < 2 /\ y' = y + 1
        \/ \E x \in 1..3, z \in 1..2 : x = 3 /\ y' = y + z /\ y' < 5
        \/ \E x \in 1..4 : y > 10 /\ y' = x
Spec == Init /\ [][Next]_y
====
