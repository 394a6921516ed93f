---- MODULE mod_comments ----
\* a line comment
(* a block comment *)
x == 1 \* trailing comment
(* comment
   spanning lines *)
y == (* inside *) 2
====
EXPECT:
(def x () 1)
(def y () 2)
