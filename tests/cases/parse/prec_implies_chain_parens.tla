---- MODULE prec_implies_chain_parens ----
a == (p => q) => r
b == p => (q => r)
====
EXPECT:
(def a () (=> (=> p q) r))
(def b () (=> p (=> q r)))
