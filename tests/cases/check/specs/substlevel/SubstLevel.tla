---- MODULE SubstLevel ----
\* INSTANCE Predict WITH DomPrime <- q': NextIs is action-level here; Modulus and Default, which do
\* not use DomPrime, stay constant-level (usable in Init and in an invariant). The .cfg replaces
\* Default, in module Predict, by the model value of the constant def_ov (as the Toolbox writes a
\* definition override).
EXTENDS Naturals
CONSTANT def_ov
VARIABLE q
INSTANCE Predict WITH DomPrime <- q'
Init == q = 0 /\ Modulus = 3
Next == q' = (q + 1) % Modulus /\ NextIs((q + 1) % Modulus)
Overridden == Default = def_ov
====
