---- MODULE InstanceHigherOrder ----
\* Operators passed to the higher-order operators of an instance (`Lib!Wrap(Double, x)`): the
\* argument is an operator, not a value.
EXTENDS Naturals
VARIABLE x
---- MODULE HigherOrderLib ----
Twice(F(_), v) == F(F(v))
Wrap(F(_), v) == Twice(F, v)
====
Lib == INSTANCE HigherOrderLib
Double(v) == 2 * v
Init == x = 0
Next == x < 4 /\ x' = x + 1
Inv == /\ Lib!Wrap(Double, x) = 4 * x
       /\ Lib!Twice(LAMBDA y : y + 1, x) = x + 2
       /\ x < 3
====
