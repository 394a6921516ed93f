---- MODULE ok_level_mix ----
EXTENDS Naturals
CONSTANT N, Op(_)
VARIABLE x
ASSUME N \in Nat /\ Op(N) = Op(N)
ConstDef == N + 1
ASSUME ConstDef > N
StateDef == x + N
ActDef == x' = StateDef
En == ENABLED ActDef
Unch == UNCHANGED <<x, StateDef>>
Both == ActDef \/ Unch
OpOfVar == Op(x)
Tmp == [][Both]_x /\ [](En \/ ~En)
====
EXPECT:
(extends Naturals)
(constant N)
(constant (Op 1))
(variable x)
(assume (/\ (\in N Nat) (= (Op N) (Op N))))
(def ConstDef () (+ N 1))
(assume (> ConstDef N))
(def StateDef () (+ x N))
(def ActDef () (= (prime x) StateDef))
(def En () (ENABLED ActDef))
(def Unch () (UNCHANGED (<<>> x StateDef)))
(def Both () (\/ ActDef Unch))
(def OpOfVar () (Op x))
(def Tmp () (/\ ([] ([]_ Both x)) ([] (\/ En (~ En)))))
