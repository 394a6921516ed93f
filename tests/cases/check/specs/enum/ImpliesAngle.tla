---- MODULE ImpliesAngle ----
\* P => A enumerates A where P holds; <<A>>_v keeps the steps that change v; x' \subseteq S
\* assigns every subset of S.
EXTENDS Naturals
VARIABLES x, s
Init == x = 0 /\ s = {}
Grow == /\ x < 2
        /\ (x = 1) => (s' \subseteq {1, 2})
        /\ (x # 1) => (s' = s)
        /\ x' = x + 1
Spin == <<x' \in {x, 3} /\ UNCHANGED s>>_x
Next == Grow \/ Spin
====
