---- MODULE mod_nested_comments ----
(* outer (* inner *) still comment *)
x == 1
(* (* (* deep *) *) x == 2 *)
y == x (* a (* b *) c *) + 1
====
EXPECT:
(def x () 1)
(def y () (+ x 1))
