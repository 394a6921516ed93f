---- MODULE prec_parens_override ----
a == (x + y) * z
b == (p /\ q) \/ r
c == x - (y - z)
d == (p = q) = r
====
EXPECT:
(def a () (* (+ x y) z))
(def b () (\/ (/\ p q) r))
(def c () (- x (- y z)))
(def d () (= (= p q) r))
