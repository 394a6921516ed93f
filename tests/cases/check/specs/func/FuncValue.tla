---- MODULE FuncValue ----
\* A state-level function definition passed as a value (as GameOfLife's Sum(sc, points)) is
\* built once per state: never reused in another state, and read in the current state when
\* used in a primed context.
EXTENDS Naturals
VARIABLE x
f[i \in 1..3] == x * 10 + i
Apply(g, i) == g[i]
Init == x = 0
Next == x < 4 /\ x' = Apply(f, 1) % 7 /\ Apply(f, 2) = x * 10 + 2
Inv == /\ Apply(f, 3) = x * 10 + 3
       /\ DOMAIN f = 1..3
       /\ \A i \in 1..3 : Apply(f, i) = f[i]
====
