---- MODULE mod_constant_higher_order ----
CONSTANTS F(_, _), G(_), H
Op == F(G(H), H)
====
EXPECT:
(constant (F 2)) (constant (G 1)) (constant H)
(def Op () (F (G H) H))
