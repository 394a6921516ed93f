---- MODULE unicode_quantifiers ----
P ≜ ∀ x ∈ S : ∃ y ∈ T : x ≤ y
Q ≜ ∃ x, y ∈ S : x ≠ y
====
EXPECT:
(def P () (\A (x \in S) (\E (y \in T) (<= x y))))
(def Q () (\E (x y \in S) (/= x y)))
