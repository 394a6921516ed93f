---- MODULE prec_atat_colongt ----
a == f @@ x :> y
b == f @@ g @@ h
====
EXPECT:
(def a () (@@ f (:> x y)))
(def b () (@@ (@@ f g) h))
