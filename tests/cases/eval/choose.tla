---- MODULE choose ----
EXTENDS Integers, FiniteSets
S == {5, 3, 9}
Max(T) == CHOOSE x \in T : \A y \in T : x >= y
====
# TLC picks the first witness in its normal order (ascending for integers)
CHOOSE x \in 1..5 : x > 2  ==>  3
CHOOSE x \in {5, 3, 9} : TRUE  ==>  3
CHOOSE x \in S : x > 4  ==>  5
CHOOSE x \in {3, 2, 1} : x > 1  ==>  2
CHOOSE x \in 0..100 : x * x >= 50  ==>  8
CHOOSE x \in (-3)..3 : x * x = 4  ==>  -2
CHOOSE x \in 1..3 : \A y \in 1..3 : x <= y  ==>  1
CHOOSE x \in {x2 \in 1..10 : x2 % 4 = 0} : TRUE  ==>  4
{(CHOOSE x \in 1..3 : x > k) : k \in 0..2}  ==>  {1, 2, 3}
# unique witnesses
CHOOSE x \in {1} : TRUE  ==>  1
CHOOSE x \in 1..10 : x * x = 49  ==>  7
CHOOSE x \in {10, 20} : x = 20  ==>  20
Max(S)  ==>  9
Max({-4, -2, -7})  ==>  -2
CHOOSE <<x, y>> \in (1..3) \X (1..3) : x + y = 6  ==>  <<3, 3>>
CHOOSE p \in (1..3) \X (1..3) : p[1] = 2 /\ p[2] = 1  ==>  <<2, 1>>
CHOOSE T \in SUBSET {1, 2} : Cardinality(T) = 2  ==>  {1, 2}
CHOOSE T \in SUBSET {1, 2, 3} : Cardinality(T) = 0  ==>  {}
CHOOSE f \in [{1, 2} -> {0, 1}] : f[1] = 1 /\ f[2] = 0  ==>  <<1, 0>>
CHOOSE rec \in [a : {1, 2}] : rec.a = 2  ==>  [a |-> 2]
CHOOSE b \in BOOLEAN : b  ==>  TRUE
CHOOSE b \in BOOLEAN : ~b  ==>  FALSE
CHOOSE s \in {"a", "b"} : s = "b"  ==>  "b"
# CHOOSE is deterministic
(CHOOSE x \in 1..5 : x > 2) = (CHOOSE y \in 1..5 : y > 2)  ==>  TRUE
LET y == CHOOSE x \in 1..3 : x > 1 IN y + y  ==>  4
(CHOOSE x \in 1..4 : x > 1) + (CHOOSE x \in 1..4 : x > 2)  ==>  5
# no witness
CHOOSE x \in {} : TRUE  ==>  ERROR eval 36:1
CHOOSE x \in 1..3 : x > 5  ==>  ERROR eval 37:1
CHOOSE x \in S : x = 4  ==>  ERROR eval 38:1
1 + (CHOOSE x \in {} : TRUE)  ==>  ERROR eval 39:6
