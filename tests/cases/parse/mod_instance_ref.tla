---- MODULE mod_instance_ref ----
I == INSTANCE M
A == I!Op
B == I!F(1, 2)
C == I!Op'
D == I!J!G(x)
====
EXPECT:
(def I () (instance M))
(def A () I!Op)
(def B () (I!F 1 2))
(def C () (prime I!Op))
(def D () (I!J!G x))
