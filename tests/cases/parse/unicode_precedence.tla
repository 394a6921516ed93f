---- MODULE unicode_precedence ----
p ≜ ¬a = b
q ≜ a ∧ b ⇒ c
r ≜ x ∈ S ∪ T
s ≜ ¬a ∨ b ⇒ c ≡ d
====
EXPECT:
(def p () (~ (= a b)))
(def q () (=> (/\ a b) c))
(def r () (\in x (\cup S T)))
(def s () (=> (\/ (~ a) b) (<=> c d)))
