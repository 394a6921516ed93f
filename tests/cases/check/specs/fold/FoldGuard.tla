---- MODULE FoldGuard ----
\* Expressions that look constant but are not: the evaluator must not compute them once.
EXTENDS Naturals, FiniteSets, TLC
CONSTANT N
VARIABLE x, y
I1 == INSTANCE FoldInner WITH C <- 1
I2 == INSTANCE FoldInner WITH C <- 10
I3 == INSTANCE FoldInner WITH C <- N
Procs == 1..N
Init == x = 0 /\ y = {}
Next == /\ x' = (x + 1) % 8
        /\ y' = {p \in Procs : LET s == {p, p + x} IN Cardinality(s) = 1}
Inv == /\ I1!Set = {1, 2}
       /\ I2!Set = {10, 11}
       /\ I3!Set = {N, N + 1}
       /\ I1!Pair(x) = <<1, x>> /\ I3!Pair(2) = <<N, 2>>
       /\ \A p \in Procs : LET t == {p} IN t = {p}
       /\ {q \in Procs : q > 1} = 2..N
       /\ y \subseteq Procs
       /\ TLCGet("level") < 6
====
