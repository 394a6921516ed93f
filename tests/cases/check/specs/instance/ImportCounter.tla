---- MODULE ImportCounter ----
\* INSTANCE without a name: Spec, TypeOK and YStep come from Counter, whose x and y are this
\* module's x and y (implicit substitutions x <- x, y <- y).
EXTENDS Naturals
VARIABLES x, y
INSTANCE Counter
====
