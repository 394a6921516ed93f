---- MODULE ok_higher_order ----
EXTENDS Naturals
Apply(F(_), a) == F(a)
Twice(F(_), a) == F(F(a))
Compose(F(_), G(_), a) == F(G(a))
Combine(Op(_, _), a, b) == Op(a, b)
Pass(F(_), a) == Twice(F, a)
Inc(n) == n + 1
Add(a, b) == a + b
X == Apply(Inc, 1)
Y == Twice(LAMBDA y : y * 2, 3)
Z == Compose(Inc, LAMBDA k : k + k, 4)
W == Combine(Add, 1, 2) + Combine(LAMBDA p, q : p * q, 3, 4)
V == Pass(Inc, 0)
====
EXPECT:
(extends Naturals)
(def Apply ((F 1) a) (F a))
(def Twice ((F 1) a) (F (F a)))
(def Compose ((F 1) (G 1) a) (F (G a)))
(def Combine ((Op 2) a b) (Op a b))
(def Pass ((F 1) a) (Twice F a))
(def Inc (n) (+ n 1))
(def Add (a b) (+ a b))
(def X () (Apply Inc 1))
(def Y () (Twice (LAMBDA (y) (* y 2)) 3))
(def Z () (Compose Inc (LAMBDA (k) (+ k k)) 4))
(def W () (+ (Combine Add 1 2) (Combine (LAMBDA (p q) (* p q)) 3 4)))
(def V () (Pass Inc 0))
