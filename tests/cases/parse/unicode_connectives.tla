---- MODULE unicode_connectives ----
x ≜ a ∧ b
y ≜ a ∨ ¬b
z ≜ ¬a ∧ b
====
EXPECT:
(def x () (/\ a b))
(def y () (\/ a (~ b)))
(def z () (/\ (~ a) b))
