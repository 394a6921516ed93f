---- MODULE Pointwise ----
\* Operator constants given point-wise in the .cfg (`F(0) = 1`), applied directly and passed
\* to a higher-order operator.
EXTENDS Naturals
CONSTANTS F(_), G(_, _)
VARIABLE x
Apply(Op(_), v) == Op(v)
Init == x = 0
Next == x' = Apply(F, x)
Inv == G(x, "k") /\ x < 3
====
