---- MODULE junction_item_spans_lines ----
Op == /\ x = 1 +
             2
      /\ y
====
EXPECT:
(def Op () (and (= x (+ 1 2)) y))
