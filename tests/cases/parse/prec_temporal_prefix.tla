---- MODULE prec_temporal_prefix ----
a == []P => <>Q
b == []P /\ Q
c == ENABLED A \/ B
====
EXPECT:
(def a () (=> ([] P) (<> Q)))
(def b () (/\ ([] P) Q))
(def c () (\/ (ENABLED A) B))
