---- MODULE ok_let_nested ----
EXTENDS Naturals
CONSTANT S
G == LET A == 1
         B(n) == n + A
         f[i \in S] == B(i)
     IN LET C == B(A) + f[A]
            D(m) == LET E == m * C IN E + m
        IN D(C)
H == LET A == 2 IN A
K == \E i \in S : \A j \in S : i = j
L == \A i \in S : \E j \in S : i = j
====
EXPECT:
(extends Naturals)
(constant S)
(def G () (let ((def A () 1) (def B (n) (+ n A)) (fundef f ((i \in S)) (B i))) (let ((def C () (+ (B A) (apply f A))) (def D (m) (let ((def E () (* m C))) (+ E m)))) (D C))))
(def H () (let ((def A () 2)) A))
(def K () (\E (i \in S) (\A (j \in S) (= i j))))
(def L () (\A (i \in S) (\E (j \in S) (= i j))))
