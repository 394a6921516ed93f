---- MODULE unicode_spec ----
Spec ≜ Init ∧ □[Next]_⟨x, y⟩
Op(a, b) ≜ ⟨a, b⟩
====
EXPECT:
(def Spec () (/\ Init ([] ([]_ Next (<<>> x y)))))
(def Op (a b) (<<>> a b))
