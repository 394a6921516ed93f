---- MODULE TwoSymmetries ----
\* SYMMETRY Permutations(Procs) \cup Permutations(Vals): TLC uses the group these generate
\* (every pair of a permutation of Procs and one of Vals), not just the listed permutations.
EXTENDS TLC
CONSTANTS Procs, Vals
VARIABLE val
Init == val = [p \in Procs |-> CHOOSE v \in Vals : TRUE]
Next == \E p \in Procs, v \in Vals : val' = [val EXCEPT ![p] = v]
Symm == Permutations(Procs) \cup Permutations(Vals)
====
