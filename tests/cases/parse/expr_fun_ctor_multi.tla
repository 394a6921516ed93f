---- MODULE expr_fun_ctor_multi ----
a == [x \in S, y \in T |-> <<x, y>>]
b == [x, y \in S |-> x * y]
====
EXPECT:
(def a () (fun (x \in S) (y \in T) (<<>> x y)))
(def b () (fun (x y \in S) (* x y)))
