---- MODULE unicode_sets ----
u ≜ S ∪ T
i ≜ S ∩ T
p ≜ A × B × C
q ≜ x ∈ A × B
====
EXPECT:
(def u () (\cup S T))
(def i () (\cap S T))
(def p () (\X A B C))
(def q () (\in x (\X A B)))
