---- MODULE Stepper ----
\* The step is an operator constant; the module instantiating this one supplies it.
CONSTANT Step(_, _)
VARIABLE z
Init == z = 0
Next == Step(z, z')
====
