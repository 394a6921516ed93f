---- MODULE NamedCounter ----
\* A named instance: the SPECIFICATION is C!Spec, reached through a definition of this module.
EXTENDS Naturals
VARIABLES x, y
C == INSTANCE Counter
Spec == C!Spec
TypeOK == C!TypeOK
YStep == C!YStep
====
