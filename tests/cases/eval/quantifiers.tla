---- MODULE quantifiers ----
EXTENDS Integers, TLC
\* A body that does not read a bound variable has the same value for all its values: vouch
\* skips them (Engine::forEachRelevantBinding). These cases read the variables in every way an
\* expression can: directly, through parameters, LET, LAMBDA, a lazy filter's captured
\* variables, and set or print as they go (then every binding is evaluated, as in TLC).
Guard(i, r) == i = 2 /\ r[1] <= r[2] /\ r[2] = 3
Apply(F(_), v) == F(v)
Count == TLCSet(8, 0) /\ ~(\E x \in 1..3 : TLCSet(8, TLCGet(8) + 1) /\ FALSE) /\ TLCGet(8) = 3
CountAll == TLCSet(9, 0) /\ (\A x \in 1..3 : TLCSet(9, TLCGet(9) + 1)) /\ TLCGet(9) = 3
====
# the outer variable read, the inner not: the inner's other values are skipped
\E x \in 1..3, y \in 1..4 : x = 3 /\ y = 4  ==>  TRUE
\E x \in 1..3 : \E y \in 1..3 : x = 3 /\ y = 2  ==>  TRUE
\E x \in 1..3, y \in 1..4 : x = 3 /\ y = 5  ==>  FALSE
\A x \in 1..3, y \in 1..4 : x < 3 \/ y < 5  ==>  TRUE
\A x \in 1..3, y \in 1..4 : x < 3 \/ y < 4  ==>  FALSE
\E x \in 1..3 : FALSE  ==>  FALSE
\A x \in 1..3 : TRUE  ==>  TRUE
# read through a parameter (a tuple of both variables), as trace specs do
\E b, e \in 1..5 : Guard(2, <<b, e>>)  ==>  TRUE
\E i \in 1..3 : \E b, e \in 1..5 : Guard(i, <<b, e>>) /\ b = 2  ==>  TRUE
\E i \in 1..3 : \E b, e \in 1..5 : Guard(i, <<b, e>>) /\ b > 3  ==>  FALSE
# read through LET, LAMBDA, CHOOSE, a function and a lazy filter over Nat
\E x \in 0..5 : LET y == x + 1 IN y = 6  ==>  TRUE
\E x \in 0..5 : Apply(LAMBDA v : v + x, 1) = 6  ==>  TRUE
\E x \in 0..5 : (CHOOSE y \in {x} : TRUE) = 5  ==>  TRUE
\E x \in 0..5 : [y \in {1} |-> x][1] = 5  ==>  TRUE
\E x \in 0..5 : 3 \in {n \in Nat : n < x}  ==>  TRUE
\A x \in 0..5 : 3 \notin {n \in Nat : n < x}  ==>  FALSE
\E x \in 0..5 : 3 \in <<{n \in Nat : n < x}>>[1]  ==>  TRUE
\A x \in 0..5 : 3 \notin <<{n \in Nat : n < x}>>[1]  ==>  FALSE
# a body that sets a register is evaluated for every binding
Count  ==>  TRUE
CountAll  ==>  TRUE
