---- MODULE ok_extends_chain ----
EXTENDS ChainB
C == A + B
D == C * 2 - 1
====
EXPECT:
(extends ChainB)
(def C () (+ A B))
(def D () (- (* C 2) 1))
