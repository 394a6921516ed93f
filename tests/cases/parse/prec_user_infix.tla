---- MODULE prec_user_infix ----
a (+) b == a + b
c == x (+) y * z
d == x (+) y (+) z
====
EXPECT:
(def (+) (a b) (+ a b))
(def c () ((+) x (* y z)))
(def d () ((+) ((+) x y) z))
