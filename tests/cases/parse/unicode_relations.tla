---- MODULE unicode_relations ----
a1 ≜ x ≥ y
a2 ≜ S ⊆ T
a3 ≜ x ∉ S
a4 ≜ p ≡ q
a5 ≜ p ⇒ q
====
EXPECT:
(def a1 () (>= x y))
(def a2 () (\subseteq S T))
(def a3 () (\notin x S))
(def a4 () (<=> p q))
(def a5 () (=> p q))
