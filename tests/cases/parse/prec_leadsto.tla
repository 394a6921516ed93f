---- MODULE prec_leadsto ----
a == P /\ Q ~> R
b == []P ~> <>Q
c == P ~> Q => R
====
EXPECT:
(def a () (~> (/\ P Q) R))
(def b () (~> ([] P) (<> Q)))
(def c () (=> (~> P Q) R))
