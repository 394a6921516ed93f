---- MODULE booleans ----
EXTENDS Integers, FiniteSets
Xor(a, b) == (a /\ ~b) \/ (~a /\ b)
Sign(n) == CASE n > 0 -> 1 [] n = 0 -> 0 [] OTHER -> -1
====
# conjunction, disjunction, negation
TRUE /\ TRUE  ==>  TRUE
TRUE /\ FALSE  ==>  FALSE
FALSE /\ FALSE  ==>  FALSE
FALSE \/ TRUE  ==>  TRUE
FALSE \/ FALSE  ==>  FALSE
~TRUE  ==>  FALSE
\lnot FALSE  ==>  TRUE
TRUE \land FALSE  ==>  FALSE
FALSE \lor TRUE  ==>  TRUE
(~(TRUE /\ FALSE)) = (~TRUE \/ ~FALSE)  ==>  TRUE
Xor(TRUE, FALSE)  ==>  TRUE
Xor(TRUE, TRUE)  ==>  FALSE
# implication and equivalence
TRUE => FALSE  ==>  FALSE
FALSE => FALSE  ==>  TRUE
FALSE => TRUE  ==>  TRUE
TRUE => TRUE  ==>  TRUE
TRUE <=> TRUE  ==>  TRUE
TRUE <=> FALSE  ==>  FALSE
FALSE <=> FALSE  ==>  TRUE
FALSE \equiv TRUE  ==>  FALSE
TRUE = FALSE  ==>  FALSE
TRUE # FALSE  ==>  TRUE
# precedence: /\ and \/ bind tighter than =>
FALSE /\ TRUE => FALSE  ==>  TRUE
TRUE \/ FALSE => FALSE  ==>  FALSE
# BOOLEAN
BOOLEAN  ==>  {FALSE, TRUE}
Cardinality(BOOLEAN)  ==>  2
TRUE \in BOOLEAN  ==>  TRUE
# short-circuit evaluation
FALSE /\ (1 \div 0 = 0)  ==>  FALSE
TRUE \/ (1 \div 0 = 0)  ==>  TRUE
FALSE => (1 \div 0 = 0)  ==>  TRUE
IF TRUE THEN 1 ELSE 1 \div 0  ==>  1
IF FALSE THEN 1 \div 0 ELSE 2  ==>  2
\E x \in {0, 1} : x # 0 /\ 1 \div x = 1  ==>  TRUE
\A x \in {0, 2} : x = 0 \/ 4 \div x = 2  ==>  TRUE
TRUE /\ (1 \div 0 = 0)  ==>  ERROR eval 45:10
FALSE \/ (1 \div 0 = 0)  ==>  ERROR eval 46:11
TRUE => (1 \div 0 = 0)  ==>  ERROR eval 47:10
# quantifiers over finite sets
\A x \in {1, 2, 3} : x > 0  ==>  TRUE
\A x \in {1, 2, 3} : x > 1  ==>  FALSE
\E x \in {1, 2, 3} : x > 2  ==>  TRUE
\E x \in {1, 2, 3} : x > 3  ==>  FALSE
\A x \in {} : FALSE  ==>  TRUE
\E x \in {} : TRUE  ==>  FALSE
\A x, y \in 1..3 : x + y <= 6  ==>  TRUE
\E x \in 1..3, y \in 4..5 : x + y = 8  ==>  TRUE
\E x, y \in 1..3 : x + y = 7  ==>  FALSE
\A <<x, y>> \in {1, 2} \X {3, 4} : x < y  ==>  TRUE
\E <<x, y>> \in {<<1, 2>>, <<3, 3>>} : x = y  ==>  TRUE
\A x \in BOOLEAN : x \/ ~x  ==>  TRUE
\E x \in BOOLEAN : x /\ ~x  ==>  FALSE
\A x \in 1..3 : \E y \in 1..3 : y > x  ==>  FALSE
\E x \in 1..3 : \A y \in 1..3 : x <= y  ==>  TRUE
# IF / CASE / LET
IF 1 < 2 THEN "yes" ELSE "no"  ==>  "yes"
IF 2 < 1 THEN "yes" ELSE "no"  ==>  "no"
IF TRUE THEN IF FALSE THEN 1 ELSE 2 ELSE 3  ==>  2
CASE 1 = 1 -> "a" [] 1 = 2 -> "b"  ==>  "a"
CASE 1 = 2 -> "a" [] 2 = 2 -> "b"  ==>  "b"
CASE 1 = 2 -> "a" [] OTHER -> "c"  ==>  "c"
Sign(-5)  ==>  -1
Sign(0)  ==>  0
Sign(7)  ==>  1
CASE 1 = 2 -> "a" [] 1 = 3 -> "b"  ==>  ERROR eval 74:1
LET x == 2 IN x * x  ==>  4
LET x == 2 y == x + 1 IN x * y  ==>  6
LET F(a) == a + 1 IN F(F(1))  ==>  3
LET x == 1 IN LET y == x + 1 IN y  ==>  2
LET P(n) == n > 2 IN \E x \in 1..3 : P(x)  ==>  TRUE
