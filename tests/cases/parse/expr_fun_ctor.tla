---- MODULE expr_fun_ctor ----
inc == [x \in S |-> x + 1]
====
EXPECT:
(def inc () (fun (x \in S) (+ x 1)))
