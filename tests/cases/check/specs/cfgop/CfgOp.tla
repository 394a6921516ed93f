---- MODULE CfgOp ----
\* Operator symbols on either side of `<-` in the .cfg (TLC's test30): an operator constant
\* replaced by a built-in operator, and a user-defined infix operator replaced by a definition.
EXTENDS Integers, Sequences
CONSTANTS Plus(_, _), Minus(_, _), Leq(_, _), _++_
PlusPlus(a, b) == <<a, b>>
ASSUME Plus(1, 2) = 3 /\ Minus(1, 2) = -1
ASSUME Leq(2, 2) /\ ~Leq(3, 2)
ASSUME (2 ++ 4) = <<2, 4>>
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = Plus(x, 1)
Inv == Leq(x, 2)
====
