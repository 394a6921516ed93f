---- MODULE mod_def_higher_order ----
Apply(F(_), x) == F(x)
Twice(F(_), G(_, _), x) == G(F(x), F(x))
Inc(n) == n + 1
Use == Apply(Inc, 1)
====
EXPECT:
(def Apply ((F 1) x) (F x))
(def Twice ((F 1) (G 2) x) (G (F x) (F x)))
(def Inc (n) (+ n 1))
(def Use () (Apply Inc 1))
