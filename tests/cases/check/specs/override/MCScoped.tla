---- MODULE MCScoped ----
\* `Allowed <- [Base]Three` is scoped to module Base, so it applies through the named instance
\* B as well (TLC agrees: x reaches 3); an unscoped replacement would not (see MCBase).
EXTENDS Naturals
VARIABLE x
B == INSTANCE Base
Three(v) == v < 3
Init == B!Init
Next == B!Next
====
