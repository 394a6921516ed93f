---- MODULE ImportToggle ----
EXTENDS Naturals
VARIABLES s, a, b
vars == <<a, b>>
INSTANCE Toggle
Init == s = 0 /\ a = 0 /\ b = 0
Next == Step \/ (a' = (a + 1) % 2 /\ UNCHANGED <<s, b>>)
====
