---- MODULE mod_comment_hides_module_markers ----
x == 1
(* ====
---- MODULE Fake ----
*)
y == 2 \* ====
====
EXPECT:
(def x () 1)
(def y () 2)
