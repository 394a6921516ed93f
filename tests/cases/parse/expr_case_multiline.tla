---- MODULE expr_case_multiline ----
Op == CASE a -> 1
        [] b -> 2
        [] OTHER -> 3
====
EXPECT:
(def Op () (case (a 1) (b 2) (other 3)))
