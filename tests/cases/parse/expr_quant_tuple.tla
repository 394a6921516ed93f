---- MODULE expr_quant_tuple ----
P == \E <<a, b>> \in S \X T : a = b
====
EXPECT:
(def P () (\E (<<a b>> \in (\X S T)) (= a b)))
