---- MODULE err_junction_item_cut_short ----
Op == /\ x = 1
      /\ y =
     2
====
ERROR: syntax 4:6
