---- MODULE mod_comment_in_params ----
Op(a, (* second *) b) == a \* body follows
  + b
====
EXPECT:
(def Op (a b) (+ a b))
