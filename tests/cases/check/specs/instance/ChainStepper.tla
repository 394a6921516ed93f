---- MODULE ChainStepper ----
\* S!Next calls Stepper's Step, which the instance substitutes by this module's constant Step,
\* which the .cfg replaces by TwoStep: the assignment to z' is followed through both.
EXTENDS Naturals
CONSTANT Step(_, _)
VARIABLE z
TwoStep(a, b) == b = (a + 2) % 4
S == INSTANCE Stepper
Init == S!Init
Next == S!Next
====
