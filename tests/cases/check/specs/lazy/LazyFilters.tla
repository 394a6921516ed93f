---- MODULE LazyFilters ----
\* Filters over an infinite set whose predicate reads the state, outer LET definitions, bound
\* variables or parameters: kept lazy (membership evaluates the predicate), as TLC does, also
\* when the filter is a LET definition used as a value.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Above(d) == {n \in Nat : n > d}
InState == LET S == {n \in Nat : n > x} IN (x + 1) \in S /\ x \notin S
OuterLet == LET d == x + 1 IN LET S == {n \in Nat : n > d /\ n > x} IN (x + 2) \in S /\ (x + 1) \notin S
Nested == LET d == x IN (x + 1) \in LET e == d IN {n \in Nat : n > e}
WithParam == LET G(y) == {n \in Nat : n > y + x} IN (2 * x + 1) \in G(x) /\ (2 * x) \notin G(x)
PerBound == \A k \in 0..1 : LET S == {n \in Nat : n > x + k} IN (x + k + 1) \in S
ViaOperator == (x + 1) \in Above(x) /\ x \notin Above(x)
====
