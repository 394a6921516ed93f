---- MODULE expr_if_nested ----
x == IF a THEN 1 ELSE IF b THEN 2 ELSE 3
y == IF IF a THEN b ELSE c THEN 1 ELSE 2
z == IF a THEN IF b THEN 1 ELSE 2 ELSE 3
====
EXPECT:
(def x () (if a 1 (if b 2 3)))
(def y () (if (if a b c) 1 2))
(def z () (if a (if b 1 2) 3))
