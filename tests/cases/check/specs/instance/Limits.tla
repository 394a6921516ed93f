---- MODULE Limits ----
\* Instantiated by SubstLevels with different values for Lim, one of them a state variable.
EXTENDS Naturals
CONSTANT Lim
Big == Lim + 1
Bigger == Big + 1
Steps[i \in 1..2] == Lim + i
FirstStep == Steps[1]
Below(v) == v < Bigger
====
