---- MODULE unicode_temporal ----
a ≜ □◇P
b ≜ ◇□P
c ≜ □[Next]_vars
d ≜ ⟨Next⟩_vars
e ≜ P ↝ Q
====
EXPECT:
(def a () ([] (<> P)))
(def b () (<> ([] P)))
(def c () ([] ([]_ Next vars)))
(def d () (<>_ Next vars))
(def e () (~> P Q))
