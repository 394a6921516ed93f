---- MODULE Sum ----
\* An abstract counter x and a witness w, for SubstCache.
EXTENDS Naturals
VARIABLES x, w
Delta(d) == x' = x + d
Keep == w' = w
====
