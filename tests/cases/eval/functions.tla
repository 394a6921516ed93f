---- MODULE functions ----
EXTENDS Integers, FiniteSets, Sequences, TLC
sq == [i \in 1..3 |-> i * i]
r == [a |-> 1, b |-> [c |-> 2, d |-> 3]]
m == <<<<1, 2>>, <<3, 4>>>>
succ == [n \in Nat |-> n + 1]
====
# constructors, application, DOMAIN
sq[2]  ==>  4
sq  ==>  <<1, 4, 9>>
DOMAIN sq  ==>  {1, 2, 3}
[i \in {1, 2} |-> i + 10]  ==>  (1 :> 11 @@ 2 :> 12)
[i \in 1..3 |-> 0] = <<0, 0, 0>>  ==>  TRUE
[x, y \in 1..2 |-> x * y][2, 2]  ==>  4
[x \in 1..2, y \in 3..4 |-> x + y][<<1, 4>>]  ==>  5
[i \in 1..2 |-> [j \in 1..2 |-> i + j]][2][1]  ==>  3
[S \in SUBSET {1, 2} |-> Cardinality(S)][{1, 2}]  ==>  2
DOMAIN [S \in SUBSET {1} |-> 0]  ==>  {{}, {1}}
DOMAIN <<>>  ==>  {}
<<"a", "b">>[1]  ==>  "a"
m[2][1]  ==>  3
# tuples are functions, records are functions
<<1, 2>> = [i \in 1..2 |-> i]  ==>  TRUE
[a |-> 1] = ("a" :> 1)  ==>  TRUE
[x \in {"a", "b"} |-> 0] = [a |-> 0, b |-> 0]  ==>  TRUE
<<1>> = <<1, 2>>  ==>  FALSE
[i \in 1..2 |-> i] = [i \in 1..3 |-> i]  ==>  FALSE
(1 :> "x" @@ 2 :> "y") = <<"x", "y">>  ==>  TRUE
# EXCEPT
[sq EXCEPT ![2] = 0]  ==>  <<1, 0, 9>>
[sq EXCEPT ![2] = @ + 1]  ==>  <<1, 5, 9>>
[sq EXCEPT ![1] = 10, ![3] = 30]  ==>  <<10, 4, 30>>
[sq EXCEPT ![1] = @ * 2, ![1] = @ + 1]  ==>  <<3, 4, 9>>
[<<1, 2>> EXCEPT ![1] = 3]  ==>  <<3, 2>>
[m EXCEPT ![1][2] = 5]  ==>  <<<<1, 5>>, <<3, 4>>>>
[m EXCEPT ![2][1] = @ * 10]  ==>  <<<<1, 2>>, <<30, 4>>>>
[[a |-> <<1, 2>>] EXCEPT !.a[2] = 9]  ==>  [a |-> <<1, 9>>]
# records
r.a  ==>  1
r.b.c  ==>  2
r["b"]["d"]  ==>  3
DOMAIN r  ==>  {"a", "b"}
DOMAIN r.b  ==>  {"c", "d"}
[r EXCEPT !.a = 5]  ==>  [a |-> 5, b |-> [c |-> 2, d |-> 3]]
[r EXCEPT !.b.c = @ + 40]  ==>  [a |-> 1, b |-> [c |-> 42, d |-> 3]]
[r EXCEPT !["a"] = 7].a  ==>  7
[a |-> 1, b |-> 2] = [b |-> 2, a |-> 1]  ==>  TRUE
[a |-> 1, b |-> 2] = [a |-> 1, b |-> 3]  ==>  FALSE
# record sets
[a : {1, 2}]  ==>  {[a |-> 1], [a |-> 2]}
[a : {1, 2}, b : {"x"}]  ==>  {[a |-> 1, b |-> "x"], [a |-> 2, b |-> "x"]}
Cardinality([a : 1..3, b : 1..2])  ==>  6
[a |-> 2, b |-> "x"] \in [a : 1..3, b : {"x", "y"}]  ==>  TRUE
[a |-> 4, b |-> "x"] \in [a : 1..3, b : {"x", "y"}]  ==>  FALSE
[a |-> 5] \in [a : Nat]  ==>  TRUE
# function sets
[1..2 -> {0, 1}]  ==>  {<<0, 0>>, <<0, 1>>, <<1, 0>>, <<1, 1>>}
Cardinality([1..3 -> 1..2])  ==>  8
Cardinality([1..2 -> 1..3])  ==>  9
Cardinality([{} -> 1..3])  ==>  1
Cardinality([1..2 -> {}])  ==>  0
<<2, 1>> \in [1..2 -> 1..2]  ==>  TRUE
<<2, 3>> \in [1..2 -> 1..2]  ==>  FALSE
[x \in {"a", "b"} |-> 1] \in [{"a", "b"} -> {1}]  ==>  TRUE
# :> and @@
(1 :> "a")[1]  ==>  "a"
(1 :> "a" @@ 2 :> "b")[2]  ==>  "b"
(1 :> "a" @@ 1 :> "b")  ==>  (1 :> "a")
DOMAIN (1 :> "a" @@ 3 :> "c")  ==>  {1, 3}
(1 :> 10) @@ [i \in 1..3 |-> 0]  ==>  <<10, 0, 0>>
# application outside DOMAIN
sq[4]  ==>  ERROR eval 72:1
sq[0]  ==>  ERROR eval 73:1
sq[2] + sq[5]  ==>  ERROR eval 74:9
m[3][1]  ==>  ERROR eval 75:1
r.z  ==>  ERROR eval 76:1
[a |-> 1]["b"]  ==>  ERROR eval 77:1
# Membership in a function set checks the domain without building it, for every form of domain
[i \in 0..2 |-> 1] \in [0..2 -> {1}]  ==>  TRUE
[i \in 0..2 |-> 1] \in [1..3 -> {1}]  ==>  FALSE
[i \in 0..2 |-> 1] \in [0..3 -> {1}]  ==>  FALSE
[i \in 0..2 |-> 1] \in [{0, 1, 2} -> {1}]  ==>  TRUE
[i \in 0..2 |-> 1] \in [(0..5) \ {3, 4, 5} -> {1}]  ==>  TRUE
[i \in 0..2 |-> 1] \in [(0..5) \ {2, 4, 5} -> {1}]  ==>  FALSE
<<1, 1>> \in [1..2 -> {1}]  ==>  TRUE
<<1, 1>> \in [0..1 -> {1}]  ==>  FALSE
<<1, 1>> \in [{1, 2} -> {1}]  ==>  TRUE
<<1, 1>> \in [{1, 3} -> {1}]  ==>  FALSE
<<>> \in [{} -> {1}]  ==>  TRUE
<<>> \in [1..0 -> {1}]  ==>  TRUE
<<1>> \in [1..0 -> {1}]  ==>  FALSE
[x \in {"a", "b"} |-> 0] \in [{"a", "b"} -> Nat]  ==>  TRUE
[x \in {"a", "b"} |-> 0] \in [{"a", "c"} -> Nat]  ==>  FALSE
[a |-> 1, b |-> 2] \in [{"a", "b"} -> 1..2]  ==>  TRUE
# a function over an infinite set is applied point-wise, as TLC applies its lazy functions
[i \in Nat |-> i + 1][3]  ==>  4
[p \in Nat \X Int |-> p[1] - 2 * p[2]][2, -3]  ==>  8
succ[41]  ==>  42
succ[-1]  ==>  ERROR eval 99:1
[i \in {1, 2} |-> 1 \div (i - 1)][2]  ==>  1
