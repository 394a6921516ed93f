---- MODULE StateOperator ----
\* The .cfg replaces the constant operator F by G, which reads the state variable x. Definitions
\* that call F look constant-level to the level checker, but their value changes with the state:
\* none may be kept from one state to the next (as a constant definition, a LET value or through
\* an instance of a module whose constant is F).
EXTENDS Naturals
CONSTANT F(_)
VARIABLE x
G(a) == x + a
K == F(1)
Twice == K + K
Lifted == INSTANCE StateOperatorLimit WITH Step <- F
Init == x = 0
Next == /\ x < 5
        /\ LET k == F(1) IN x' = k
        /\ x' = Twice - x - 1
        /\ x' = Lifted!Next2
Inv == x <= 5
====
