---- MODULE junction_typical_next ----
VARIABLES pc, x
Step(self) == /\ pc[self] = "a"
              /\ x' = x + 1
              /\ pc' = [pc EXCEPT ![self] = "b"]
Next == \E self \in Procs : Step(self)
====
EXPECT:
(variable pc) (variable x)
(def Step (self) (and (= (apply pc self) "a") (= (prime x) (+ x 1)) (= (prime pc) (except pc (((idx self)) "b")))))
(def Next () (\E (self \in Procs) (Step self)))
