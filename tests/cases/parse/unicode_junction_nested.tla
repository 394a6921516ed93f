---- MODULE unicode_junction_nested ----
Op ≜ ∨ ∧ a
       ∧ b
     ∨ c
====
EXPECT:
(def Op () (or (and a b) c))
