---- MODULE mod_instance_subst_exprs ----
VARIABLES x, y
M == INSTANCE Inner WITH a <- x + 1, b <- <<x, y>>, c <- {}
====
EXPECT:
(variable x) (variable y)
(def M () (instance Inner (a (+ x 1)) (b (<<>> x y)) (c ({}))))
