---- MODULE junction_comments_between_items ----
Op == /\ a  \* first conjunct
      (* a block comment *)
      /\ b
\* a comment at column 1 does not end the list
      /\ c
====
EXPECT:
(def Op () (and a b c))
