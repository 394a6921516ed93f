---- MODULE prec_domain_cup ----
a == DOMAIN f \cup S
b == x \in DOMAIN f
====
EXPECT:
(def a () (\cup (DOMAIN f) S))
(def b () (\in x (DOMAIN f)))
