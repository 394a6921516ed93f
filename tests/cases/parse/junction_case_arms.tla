---- MODULE junction_case_arms ----
Op == CASE a -> /\ b
                /\ c
        [] OTHER -> d
====
EXPECT:
(def Op () (case (a (and b c)) (other d)))
