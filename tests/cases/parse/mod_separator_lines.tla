---- MODULE mod_separator_lines ----
x == 1
----
y == 2
-------------------------------
z == 3
====
EXPECT:
(def x () 1)
(def y () 2)
(def z () 3)
