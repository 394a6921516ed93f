---- MODULE lex_comments_inside_expressions ----
x == 1 + \* the rest of this line is a comment
     2
y == << a, (* b, *) c >>
z == f[(* index *) 1]
====
EXPECT:
(def x () (+ 1 2))
(def y () (<<>> a c))
(def z () (apply f 1))
