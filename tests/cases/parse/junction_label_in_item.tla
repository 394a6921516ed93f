---- MODULE junction_label_in_item ----
Op == /\ Lbl:: x = 1
      /\ y
====
EXPECT:
(def Op () (and (label Lbl (= x 1)) y))
