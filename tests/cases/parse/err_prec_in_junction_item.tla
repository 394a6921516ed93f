---- MODULE err_prec_in_junction_item ----
Op == /\ a
      /\ b /\ c \/ d
====
ERROR: syntax 3:17
