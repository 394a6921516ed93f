---- MODULE recursion ----
EXTENDS Integers, FiniteSets, Sequences
RECURSIVE Fact(_)
Fact(n) == IF n = 0 THEN 1 ELSE n * Fact(n - 1)
fact[n \in Nat] == IF n = 0 THEN 1 ELSE n * fact[n - 1]
fib[n \in Nat] == IF n < 2 THEN n ELSE fib[n - 1] + fib[n - 2]
gcd[a \in 1..30, b \in 1..30] ==
  IF a = b THEN a ELSE IF a > b THEN gcd[a - b, b] ELSE gcd[a, b - a]
RECURSIVE Sum(_)
Sum(S) == IF S = {} THEN 0 ELSE LET x == CHOOSE y \in S : TRUE IN x + Sum(S \ {x})
RECURSIVE Ack(_, _)
Ack(m, n) == IF m = 0 THEN n + 1
             ELSE IF n = 0 THEN Ack(m - 1, 1)
             ELSE Ack(m - 1, Ack(m, n - 1))
RECURSIVE Rev(_)
Rev(s) == IF s = <<>> THEN <<>> ELSE Append(Rev(Tail(s)), Head(s))
RECURSIVE SumSeq(_)
SumSeq(s) == IF s = <<>> THEN 0 ELSE Head(s) + SumSeq(Tail(s))
RECURSIVE IsEven(_), IsOdd(_)
IsEven(n) == IF n = 0 THEN TRUE ELSE IsOdd(n - 1)
IsOdd(n) == IF n = 0 THEN FALSE ELSE IsEven(n - 1)
Apply(F(_), x) == F(x)
Twice(F(_), x) == F(F(x))
Compose(F(_), G(_), x) == F(G(x))
Map(F(_), s) == [i \in DOMAIN s |-> F(s[i])]
Inc(x) == x + 1
Double(x) == 2 * x
====
# RECURSIVE operators
Fact(0)  ==>  1
Fact(5)  ==>  120
Fact(10)  ==>  3628800
Sum({1, 2, 3, 4})  ==>  10
Sum({})  ==>  0
Ack(1, 2)  ==>  4
Ack(2, 3)  ==>  9
Rev(<<1, 2, 3>>)  ==>  <<3, 2, 1>>
Rev(<<>>)  ==>  <<>>
SumSeq(<<4, 5, 6>>)  ==>  15
IsEven(10)  ==>  TRUE
IsOdd(7)  ==>  TRUE
IsEven(7)  ==>  FALSE
# recursive functions
fact[0]  ==>  1
fact[6]  ==>  720
[n \in 1..4 |-> fact[n]]  ==>  <<1, 2, 6, 24>>
fib[0]  ==>  0
fib[1]  ==>  1
fib[10]  ==>  55
{fib[n] : n \in 0..6}  ==>  {0, 1, 2, 3, 5, 8}
gcd[12, 18]  ==>  6
gcd[7, 5]  ==>  1
fact[-1]  ==>  ERROR eval 53:1
# recursion defined in LET
LET f[n \in 0..5] == IF n = 0 THEN 0 ELSE n + f[n - 1] IN f[5]  ==>  15
LET pow2[n \in Nat] == IF n = 0 THEN 1 ELSE 2 * pow2[n - 1] IN pow2[10]  ==>  1024
LET RECURSIVE G(_) G(n) == IF n = 0 THEN 0 ELSE 2 + G(n - 1) IN G(4)  ==>  8
# higher-order operators and LAMBDA
Apply(Inc, 2)  ==>  3
Apply(LAMBDA y : y * y, 5)  ==>  25
Apply(Fact, 4)  ==>  24
Twice(Double, 3)  ==>  12
Twice(LAMBDA y : y + 10, 1)  ==>  21
Compose(Inc, Double, 5)  ==>  11
Compose(Double, Inc, 5)  ==>  12
Map(Double, <<1, 2, 3>>)  ==>  <<2, 4, 6>>
Map(LAMBDA y : y % 2 = 0, <<1, 2>>)  ==>  <<FALSE, TRUE>>
LET Sq(y) == y * y IN Twice(Sq, 3)  ==>  81
Compose(LAMBDA y : <<y>>, LAMBDA y : y + 1, 1)  ==>  <<2>>
