---- MODULE ImportStepper ----
\* Step is substituted implicitly by this module's Step, whose body assigns z' (passed as b).
EXTENDS Naturals
Step(a, b) == b = (a + 1) % 3
VARIABLE z
INSTANCE Stepper
Spec == Init /\ [][Next]_z
====
