---- MODULE expr_if ----
x == IF a THEN 1 ELSE 2
====
EXPECT:
(def x () (if a 1 2))
