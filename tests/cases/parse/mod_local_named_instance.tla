---- MODULE mod_local_named_instance ----
CONSTANT N
LOCAL C == INSTANCE Counter WITH max <- N
Op == C!Next
====
EXPECT:
(constant N)
(local (def C () (instance Counter (max N))))
(def Op () C!Next)
