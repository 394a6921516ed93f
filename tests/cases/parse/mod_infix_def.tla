---- MODULE mod_infix_def ----
a (+) b == a + b
a ** b == a * b
Use == 1 (+) 2 ** 3
====
EXPECT:
(def (+) (a b) (+ a b))
(def ** (a b) (* a b))
(def Use () ((+) 1 (** 2 3)))
