---- MODULE mod_infix_def_relation ----
a \prec b == a < b
a ++ b == a \cup b
Use == x \prec y
====
EXPECT:
(def \prec (a b) (< a b))
(def ++ (a b) (\cup a b))
(def Use () (\prec x y))
