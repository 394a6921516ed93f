---- MODULE unicode_tuples_functions ----
t ≜ ⟨1, 2⟩
e ≜ ⟨⟩
f ≜ [x ∈ S ↦ x + 1]
g ≜ [S → T]
r ≜ [a ↦ 1, b ↦ 2]
====
EXPECT:
(def t () (<<>> 1 2))
(def e () (<<>>))
(def f () (fun (x \in S) (+ x 1)))
(def g () (-> S T))
(def r () (record (a 1) (b 2)))
