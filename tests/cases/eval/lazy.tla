---- MODULE lazy ----
EXTENDS Integers, FiniteSets, Sequences, TLC
R == [slots : UNION {[0..3 -> {0, 1, 2}]}, names : UNION {[{"a", "b"} -> SUBSET {1, 2}]}]
Pos == {n \in Nat : n > 0}
Above(k) == {n \in Nat : n > k}
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
3 \in {n \in Nat : n \div 0 = 1}  ==>  ERROR eval 20:20
# A filter over an infinite set is a lazy set when its predicate depends only on its own bound
# variable and module-level names (as in TLC): membership anywhere, no enumeration
[a |-> 2] \in [a : Pos]  ==>  TRUE
[a |-> 0] \in [a : Pos]  ==>  FALSE
(1 :> 4 @@ 2 :> 6) \in [{1, 2} -> {n \in Int : n % 2 = 0}]  ==>  TRUE
(1 :> 4 @@ 2 :> 7) \in [{1, 2} -> {n \in Int : n % 2 = 0}]  ==>  FALSE
<<1, 2, 3>> \in Seq(Pos)  ==>  TRUE
<<1, 0>> \in Seq(Pos)  ==>  FALSE
{1, 2} \subseteq Pos  ==>  TRUE
Pos \cap {0, 1, 2}  ==>  {1, 2}
3 \in {x \in {n \in Nat : n < 5} : x > 2}  ==>  TRUE
Cardinality({n \in Nat : n > 2})  ==>  ERROR eval 32:1
{n \in Nat : n > 2} = {}  ==>  ERROR eval 33:1
# Bound variables and parameters from outside the filter are captured by value
\A k \in 1..2 : 3 \in {n \in Nat : n > k}  ==>  TRUE
\A k \in 1..2 : [a |-> 3] \in [a : {n \in Nat : n > k}]  ==>  TRUE
\E k \in 1..5 : [a |-> 3] \notin [a : {n \in Nat : n > k}]  ==>  TRUE
[a |-> 3] \in [a : Above(2)]  ==>  TRUE
[a |-> 2] \in [a : Above(2)]  ==>  FALSE
LET m == 4 IN [a |-> 3] \in [a : {n \in Nat : n > m}]  ==>  FALSE
LET m == 2 IN [a |-> 3] \in [a : {n \in Nat : n > m}]  ==>  TRUE
# Membership of an infinite set in a small set of sets is decided by order, without comparing
# the infinite sets for equality
Nat \in {Nat, Int}  ==>  TRUE
# SUBSET A \subseteq SUBSET B is A \subseteq B: no 2^40 subsets enumerated
SUBSET (1..40) \subseteq SUBSET (0..41)  ==>  TRUE
SUBSET (1..40) \subseteq SUBSET (2..41)  ==>  FALSE
SUBSET {1} \subseteq SUBSET Nat  ==>  TRUE
SUBSET {} \subseteq SUBSET {}  ==>  TRUE
SUBSET {1} \subseteq SUBSET {}  ==>  FALSE
SUBSET {1, 2} \subseteq {{}, {1}, {2}}  ==>  FALSE
SUBSET {1, 2} \subseteq {{}, {1}, {2}, {1, 2}}  ==>  TRUE
# Cardinality of [S -> T], SUBSET S, record sets and products from their parts: no enumeration
Cardinality([0..2 -> 1..2000])  ==>  8000000000
Cardinality(SUBSET (1..40))  ==>  1099511627776
Cardinality([a : 1..3, b : {"x", "y"}])  ==>  6
Cardinality((1..3) \X (1..4) \X {1})  ==>  12
Cardinality([{} -> 1..3])  ==>  1
Cardinality([1..3 -> {}])  ==>  0
