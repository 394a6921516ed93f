---- MODULE sets ----
EXTENDS Integers, FiniteSets, Sequences
Evens(S) == {x \in S : x % 2 = 0}
====
# enumeration: duplicates and order do not matter
{1, 2, 2, 3, 1}  ==>  {1, 2, 3}
{3, 1, 2} = {1, 2, 3}  ==>  TRUE
{1, 1} = {1}  ==>  TRUE
{1, 2} = {1, 2, 3}  ==>  FALSE
{1, 2} # {2, 1}  ==>  FALSE
{} = {}  ==>  TRUE
Cardinality({1, 2, 2, 3, 1})  ==>  3
Cardinality({})  ==>  0
# union, intersection, difference
{1, 2} \cup {2, 3}  ==>  {1, 2, 3}
{1, 2} \union {3}  ==>  {1, 2, 3}
{1, 2, 3} \cap {2, 3, 4}  ==>  {2, 3}
{1, 2} \intersect {3, 4}  ==>  {}
{1, 2, 3} \ {2}  ==>  {1, 3}
{1, 2} \ {1, 2, 3}  ==>  {}
{} \cup {}  ==>  {}
# subset and membership
{1, 2} \subseteq {1, 2, 3}  ==>  TRUE
{1, 4} \subseteq {1, 2, 3}  ==>  FALSE
{} \subseteq {}  ==>  TRUE
{1, 2} \subseteq {2, 1}  ==>  TRUE
2 \in {1, 2, 3}  ==>  TRUE
4 \in {1, 2, 3}  ==>  FALSE
4 \notin {1, 2, 3}  ==>  TRUE
1 \in {}  ==>  FALSE
# SUBSET and UNION
SUBSET {1, 2}  ==>  {{}, {1}, {2}, {1, 2}}
SUBSET {}  ==>  {{}}
Cardinality(SUBSET {1, 2, 3})  ==>  8
Cardinality(SUBSET (1..10))  ==>  1024
UNION {{1, 2}, {2, 3}, {4}}  ==>  {1, 2, 3, 4}
UNION {}  ==>  {}
UNION {{}}  ==>  {}
UNION {{1}, {}}  ==>  {1}
# filters and maps
{x \in 1..10 : x % 3 = 0}  ==>  {3, 6, 9}
{x \in 1..5 : x > 7}  ==>  {}
Evens(1..6)  ==>  {2, 4, 6}
{x * x : x \in 1..4}  ==>  {1, 4, 9, 16}
{x % 2 : x \in 1..10}  ==>  {0, 1}
{x + y : x \in {1, 2}, y \in {10, 20}}  ==>  {11, 12, 21, 22}
{x + y : <<x, y>> \in {<<1, 2>>, <<3, 4>>}}  ==>  {3, 7}
{<<y, x>> : <<x, y>> \in {<<1, "a">>, <<2, "b">>}}  ==>  {<<"a", 1>>, <<"b", 2>>}
{<<x, y>> \in {1, 2} \X {1, 2} : x < y}  ==>  {<<1, 2>>}
{0 : x \in 1..5}  ==>  {0}
{x : x \in {}}  ==>  {}
# nested sets
{{1, 2}, {2, 1}}  ==>  {{1, 2}}
{{1}, {1, 2}} = {{2, 1}, {1}}  ==>  TRUE
Cardinality({{}, {{}}})  ==>  2
{} \in {{}}  ==>  TRUE
{1} \in {{1}, {2}}  ==>  TRUE
{1, 2} \in {{1}, {2}}  ==>  FALSE
{{1}} \in SUBSET SUBSET {1, 2}  ==>  TRUE
# cartesian products
{1, 2} \X {3}  ==>  {<<1, 3>>, <<2, 3>>}
{1} \X {2} \X {3}  ==>  {<<1, 2, 3>>}
Cardinality((1..2) \X (1..3) \X (1..2))  ==>  12
<<1, 2, 3>> \in (1..2) \X (1..2) \X (3..4)  ==>  TRUE
<<1, 3>> \in {1} \X {2}  ==>  FALSE
{1, 2} \X {}  ==>  {}
<<<<1, 2>>, 3>> \in ({1} \X {2}) \X {3}  ==>  TRUE
# membership in infinite and lazily-defined sets
5 \in Nat  ==>  TRUE
(-5) \in Nat  ==>  FALSE
(-5) \in Int  ==>  TRUE
"abc" \in STRING  ==>  TRUE
TRUE \in BOOLEAN  ==>  TRUE
{1, 2} \subseteq Nat  ==>  TRUE
{-1, 2} \subseteq Nat  ==>  FALSE
{1, 2} \in SUBSET Nat  ==>  TRUE
{1, 20} \in SUBSET (1..20)  ==>  TRUE
{0, 1} \in SUBSET (1..20)  ==>  FALSE
{} \in SUBSET (1..20)  ==>  TRUE
[i \in 1..10 |-> 11 - i] \in [1..10 -> 1..10]  ==>  TRUE
[i \in 1..10 |-> i + 1] \in [1..10 -> 1..10]  ==>  FALSE
<<1, 2>> \in [1..2 -> Nat]  ==>  TRUE
<<5, 5, 5>> \in Seq(1..5)  ==>  TRUE
# finiteness
IsFiniteSet({1, 2, 3})  ==>  TRUE
IsFiniteSet({})  ==>  TRUE
IsFiniteSet(1..100)  ==>  TRUE
IsFiniteSet(Nat)  ==>  FALSE
# Membership in small sets (compared by equality) and larger ones (by order)
"b" \in {"a", "b", "c"}  ==>  TRUE
"d" \in {"a", "b", "c"}  ==>  FALSE
{1} \in {{1}, {2}}  ==>  TRUE
{3} \in {{1}, {2}}  ==>  FALSE
<<1, 2>> \in {<<1, 2>>, [i \in 1..3 |-> i]}  ==>  TRUE
[i \in 1..2 |-> i] \in {<<1, 2>>}  ==>  TRUE
9 \in {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}  ==>  TRUE
11 \in {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}  ==>  FALSE
