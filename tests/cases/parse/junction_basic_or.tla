---- MODULE junction_basic_or ----
Op == \/ a = 1
      \/ a = 2
      \/ a = 3
====
EXPECT:
(def Op () (or (= a 1) (= a 2) (= a 3)))
