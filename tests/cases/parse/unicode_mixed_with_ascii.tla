---- MODULE unicode_mixed_with_ascii ----
m ≜ a /\ b ∧ c
n ≜ a \/ b ∨ c
o ≜ S \cup T ∪ U
====
EXPECT:
(def m () (/\ (/\ a b) c))
(def n () (\/ (\/ a b) c))
(def o () (\cup (\cup S T) U))
