---- MODULE DivError ----
\* Three initial states; expanding the first divides by zero: an evaluation error reported with
\* the states not expanded yet still on the queue (as TLC: 2).
EXTENDS Integers
VARIABLE x
Init == x \in 1..3
Next == x' = 10 \div (x - 1)
====
