---- MODULE junction_in_fun_ctor ----
Op == [x \in S |-> /\ x > 0
                   /\ x < 5]
====
EXPECT:
(def Op () (fun (x \in S) (and (> x 0) (< x 5))))
