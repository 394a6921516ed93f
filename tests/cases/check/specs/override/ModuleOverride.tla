---- MODULE ModuleOverride ----
\* `Nat <- [Helper]UpToFive` in the .cfg: the Nat that Helper sees (from LOCAL INSTANCE
\* Naturals, not one of Helper's own definitions) is replaced, so Small can be enumerated.
EXTENDS Naturals
INSTANCE Helper
UpToFive == 0..5
VARIABLE x
Init == x \in Small
Next == x' \in Small
====
