---- MODULE Draws ----
\* Randomization's draws from sets too large to enumerate: RandomSubset from [S -> T] (10^8
\* functions) and from 1..100000000, without enumerating them (TLC's RandomSubsetSetOfFcns and
\* RandomSubset: the counts do not depend on which elements are drawn).
EXTENDS Integers, FiniteSets, Randomization
S == 1..9
T == 1..10
VARIABLES f, n
Init == /\ f \in RandomSubset(100, [S -> T])
        /\ n \in RandomSubset(3, 1..100000000)
Next == UNCHANGED <<f, n>>
Inv == /\ f \in [S -> T]
       /\ n \in 1..100000000
ASSUME Cardinality(RandomSubset(100, [S -> T])) = 100
ASSUME RandomSubset(5, 1..3) = 1..3
ASSUME \A X \in RandomSetOfSubsets(4, 2, 1..6) : X \subseteq 1..6
ASSUME Cardinality(RandomSubsetSet(3, "0.5", 1..6)) <= 3
ASSUME RandomSubsetSet(2, "1.0", 1..3) = {1..3}
====
