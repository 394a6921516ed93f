---- MODULE junction_multiline_comment_between ----
Op == \/ a
  (* spans
     lines (* nested *) *)
      \/ b (* trailing *)
====
EXPECT:
(def Op () (or a b))
