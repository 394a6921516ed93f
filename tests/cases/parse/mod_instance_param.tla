---- MODULE mod_instance_param ----
P(q) == INSTANCE Proc WITH self <- q
Op == P(1)!Step
Op2 == P(2)!Act(3)
====
EXPECT:
(def P (q) (instance Proc (self q)))
(def Op () (! (P 1) Step))
(def Op2 () (! (P 2) (Act 3)))
