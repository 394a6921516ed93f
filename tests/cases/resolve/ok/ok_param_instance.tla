---- MODULE ok_param_instance ----
EXTENDS Naturals
CONSTANT Procs
VARIABLE cnt
P(p) == INSTANCE Counter WITH Max <- 10, count <- cnt[p]
Init == \A p \in Procs : P(p)!Init
Next == \E p \in Procs : P(p)!Inc
AllOK == \A q \in Procs : P(q)!TypeOK
====
EXPECT:
(extends Naturals)
(constant Procs)
(variable cnt)
(def P (p) (instance Counter (Max 10) (count (apply cnt p))))
(def Init () (\A (p \in Procs) (! (P p) Init)))
(def Next () (\E (p \in Procs) (! (P p) Inc)))
(def AllOK () (\A (q \in Procs) (! (P q) TypeOK)))
