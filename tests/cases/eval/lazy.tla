---- MODULE lazy ----
EXTENDS Integers, FiniteSets
R == [slots : UNION {[0..3 -> {0, 1, 2}]}, names : UNION {[{"a", "b"} -> SUBSET {1, 2}]}]
====
# Membership in UNION and in a filter is decided without building the set (TLC does the same):
# an infinite base works, and a record set over unions of function sets stays cheap
[a |-> 1] \in UNION {[a : Nat], [b : Int]}  ==>  TRUE
[b |-> -1] \in UNION {[a : Nat], [b : Nat]}  ==>  FALSE
7 \in {n \in Nat : n > 3}  ==>  TRUE
2 \in {n \in Nat : n > 3}  ==>  FALSE
-1 \in {n \in Nat : 1 \div n = 0}  ==>  FALSE
5 \notin {n \in Int : n % 2 = 0}  ==>  TRUE
[slots |-> [i \in 0..3 |-> 2], names |-> [x \in {"a", "b"} |-> {}]] \in R  ==>  TRUE
[slots |-> [i \in 0..3 |-> 3], names |-> [x \in {"a", "b"} |-> {}]] \in R  ==>  FALSE
Cardinality(UNION {[0..1 -> {0, 1}], {<<5>>}})  ==>  5
UNION {{1, 2}, {2, 3}}  ==>  {1, 2, 3}
# the filter's predicate is evaluated for members of the base only, and its errors are reported
3 \in {n \in Nat : n \div 0 = 1}  ==>  ERROR eval 18:20
