---- MODULE ok_implicit_subst ----
CONSTANT Max
VARIABLE count
INSTANCE Counter
Named == INSTANCE Counter WITH Max <- 2
Both == Init /\ Named!Init /\ TypeOK
====
EXPECT:
(constant Max)
(variable count)
(instance Counter)
(def Named () (instance Counter (Max 2)))
(def Both () (/\ (/\ Init Named!Init) TypeOK))
