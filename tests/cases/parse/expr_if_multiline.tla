---- MODULE expr_if_multiline ----
Op(n) == IF n = 0
         THEN "zero"
         ELSE "other"
====
EXPECT:
(def Op (n) (if (= n 0) "zero" "other"))
