---- MODULE Pair ----
CONSTANT Lo, Hi
VARIABLE cell
C == INSTANCE Counter WITH Max <- Hi, count <- cell
Bounded == C!TypeOK
====
