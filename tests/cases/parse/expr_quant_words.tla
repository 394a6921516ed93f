---- MODULE expr_quant_words ----
P == \forall x \in S : \exists y \in T : x <= y
Q == \exists x, y : x # y
====
EXPECT:
(def P () (\A (x \in S) (\E (y \in T) (<= x y))))
(def Q () (\E (x y) (/= x y)))
