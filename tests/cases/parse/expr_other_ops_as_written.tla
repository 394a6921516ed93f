---- MODULE expr_other_ops_as_written ----
a == f :> 1
b == f @@ g
c == S \sqsubseteq T
d == s \o t
====
EXPECT:
(def a () (:> f 1))
(def b () (@@ f g))
(def c () (\sqsubseteq S T))
(def d () (\o s t))
