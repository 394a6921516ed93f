---- MODULE mod_def_params ----
Max(a, b) == IF a > b THEN a ELSE b
Three(a, b, c) == <<a, b, c>>
====
EXPECT:
(def Max (a b) (if (> a b) a b))
(def Three (a b c) (<<>> a b c))
