---- MODULE expr_temporal_quant ----
P == \AA x : []Q
R == \EE x, y : x = y
====
EXPECT:
(def P () (\AA (x) ([] Q)))
(def R () (\EE (x y) (= x y)))
