---- MODULE FunctionBranches ----
\* f[x] of a function definition in an action is enumerated like its body (as TLC does): both
\* disjuncts of R[2] hold (the second through R[1] and R[0]), so the step from x = 2 is generated
\* twice: 5 states generated where evaluating R[x] as a value would give 4.
EXTENDS Naturals
VARIABLE x
R[n \in 0..2] == \/ n = 0
                 \/ n > 0 /\ R[n - 1]
                 \/ n = 2
Init == x = 0
Next == LET G[m \in 0..2] == R[m] IN G[x] /\ x' = (x + 1) % 3
====
