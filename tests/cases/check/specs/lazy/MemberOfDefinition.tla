---- MODULE MemberOfDefinition ----
\* x \in D, D a definition whose body is a filter over a set far too large to build (SUBSET
\* SUBSET 1..6 has 2^64 elements): decided as x \in SUBSET SUBSET 1..n /\ P(x), as TLC does.
EXTENDS Naturals
VARIABLE n
Covers == {P \in SUBSET SUBSET (1..n) : UNION P = 1..n}
CoversOf(m) == {P \in SUBSET SUBSET (1..m) : UNION P = 1..m}
Init == n = 6
Next == n > 4 /\ n' = n - 1
Inv == /\ {{1, 2}, 3..n} \in Covers
       /\ {{1}} \notin Covers
       /\ {1..n} \in CoversOf(n)
       /\ {{n}} \notin CoversOf(n)
====
