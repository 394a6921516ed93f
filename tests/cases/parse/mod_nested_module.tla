---- MODULE mod_nested_module ----
x == 1
---- MODULE Inner ----
y == 2
====
z == 3
====
EXPECT:
(def x () 1)
(module Inner (def y () 2))
(def z () 3)
