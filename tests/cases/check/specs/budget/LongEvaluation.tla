---- MODULE LongEvaluation ----
\* One evaluation that takes minutes: a filter over the 10^9 functions of [1..9 -> 1..10].
EXTENDS Integers, FiniteSets
VARIABLE x
Init == x = Cardinality({f \in [1..9 -> 1..10] : f[1] = 1})
Next == UNCHANGED x
====
