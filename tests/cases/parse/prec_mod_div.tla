---- MODULE prec_mod_div ----
a == x % y * z
b == x * y % z
c == x \div y + 1
d == x % 2 = 0
====
EXPECT:
(def a () (% x (* y z)))
(def b () (% (* x y) z))
(def c () (+ (\div x y) 1))
(def d () (= (% x 2) 0))
