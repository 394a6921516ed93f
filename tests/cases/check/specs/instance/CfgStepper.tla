---- MODULE CfgStepper ----
\* Step is replaced in the .cfg (Step <- TwoStep); its body assigns z' through a parameter.
EXTENDS Naturals
CONSTANT Step(_, _)
VARIABLE z
TwoStep(a, b) == b = (a + 2) % 4
Init == z = 0
Next == Step(z, z')
====
