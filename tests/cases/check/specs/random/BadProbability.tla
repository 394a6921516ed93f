---- MODULE BadProbability ----
\* A probability that is not one: an evaluation error at the call.
EXTENDS Randomization
ASSUME RandomSubsetSet(2, "1.5", {1, 2})
====
