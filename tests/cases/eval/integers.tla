---- MODULE integers ----
EXTENDS Integers, FiniteSets
Abs(n) == IF n < 0 THEN -n ELSE n
====
# addition, subtraction, multiplication
1 + 2  ==>  3
5 - 8  ==>  -3
(-3) + (-4)  ==>  -7
6 * 7  ==>  42
(-6) * 7  ==>  -42
(-6) * (-7)  ==>  42
0 * (-5)  ==>  0
-(-5)  ==>  5
1 + 2 * 3  ==>  7
(1 + 2) * 3  ==>  9
10 - 3 - 2  ==>  5
Abs(-4)  ==>  4
# \div floors (rounds toward minus infinity)
7 \div 2  ==>  3
(-7) \div 2  ==>  -4
7 \div (-2)  ==>  -4
(-7) \div (-2)  ==>  3
6 \div 3  ==>  2
(-6) \div 3  ==>  -2
6 \div (-3)  ==>  -2
0 \div 5  ==>  0
# prefix minus binds looser than \div: -7 \div 2 is -(7 \div 2)
-7 \div 2  ==>  -3
# % with a positive divisor is in 0..divisor-1
7 % 3  ==>  1
(-7) % 3  ==>  2
(-6) % 3  ==>  0
(-1) % 5  ==>  4
0 % 3  ==>  0
10 % 10  ==>  0
# division by zero
7 \div 0  ==>  ERROR eval 37:1
0 \div 0  ==>  ERROR eval 38:1
7 % 0  ==>  ERROR eval 39:1
1 + (5 \div 0)  ==>  ERROR eval 40:6
# exponentiation
2 ^ 10  ==>  1024
(-2) ^ 3  ==>  -8
(-2) ^ 2  ==>  4
5 ^ 0  ==>  1
0 ^ 3  ==>  0
1 ^ 100  ==>  1
-2 ^ 2  ==>  -4
2 ^ 62  ==>  4611686018427387904
10 ^ 18  ==>  1000000000000000000
# TLC rejects 0^0 and negative exponents
0 ^ 0  ==>  ERROR eval 52:1
2 ^ (-1)  ==>  ERROR eval 53:1
# 64-bit overflow is an error, never a wrap
9223372036854775806 + 1  ==>  9223372036854775807
3037000499 * 3037000499  ==>  9223372030926249001
(-9223372036854775807 - 1) + 1  ==>  -9223372036854775807
2 ^ 63  ==>  ERROR eval 58:1
2 ^ 64  ==>  ERROR eval 59:1
10 ^ 19  ==>  ERROR eval 60:1
9223372036854775807 + 1  ==>  ERROR eval 61:1
9223372036854775807 - (-1)  ==>  ERROR eval 62:1
-9223372036854775807 - 2  ==>  ERROR eval 63:1
4611686018427387904 * 2  ==>  ERROR eval 64:1
3037000500 * 3037000500  ==>  ERROR eval 65:1
9223372036854775807 * (-2)  ==>  ERROR eval 66:1
# comparisons
1 < 2  ==>  TRUE
2 < 1  ==>  FALSE
2 <= 2  ==>  TRUE
2 =< 2  ==>  TRUE
3 \leq 2  ==>  FALSE
3 >= 3  ==>  TRUE
3 \geq 4  ==>  FALSE
3 > 2  ==>  TRUE
(-1) < 0  ==>  TRUE
(-5) < (-3)  ==>  TRUE
1 # 2  ==>  TRUE
1 /= 1  ==>  FALSE
2 + 2 = 4  ==>  TRUE
9223372036854775807 > 0  ==>  TRUE
# intervals
1..3  ==>  {1, 2, 3}
3..1  ==>  {}
1..1  ==>  {1}
(-2)..1  ==>  {-2, -1, 0, 1}
1..3 = {3, 2, 1}  ==>  TRUE
3..1 = {}  ==>  TRUE
Cardinality(5..4)  ==>  0
Cardinality(1..100)  ==>  100
2 \in 1..3  ==>  TRUE
4 \in 1..3  ==>  FALSE
5 \in 5..4  ==>  FALSE
(1..3) \cup (5..6)  ==>  {1, 2, 3, 5, 6}
(1..5) \cap (3..8)  ==>  {3, 4, 5}
# Nat and Int
0 \in Nat  ==>  TRUE
100 \in Nat  ==>  TRUE
(-3) \in Nat  ==>  FALSE
(-3) \in Int  ==>  TRUE
