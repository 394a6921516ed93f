---- MODULE ok_instance_op_subst ----
EXTENDS Naturals
Sq(n) == n * n
T1 == INSTANCE OpParamTarget WITH F <- Sq, S <- 1..3
T2 == INSTANCE OpParamTarget WITH F <- LAMBDA n : n + 1, S <- {0}
G == T1!Image \cup T2!Image
H == T1!Lifted(2) + T2!Lifted(0)
====
EXPECT:
(extends Naturals)
(def Sq (n) (* n n))
(def T1 () (instance OpParamTarget (F Sq) (S (.. 1 3))))
(def T2 () (instance OpParamTarget (F (LAMBDA (n) (+ n 1))) (S ({} 0))))
(def G () (\cup T1!Image T2!Image))
(def H () (+ (T1!Lifted 2) (T2!Lifted 0)))
