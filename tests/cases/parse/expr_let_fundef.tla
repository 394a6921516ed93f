---- MODULE expr_let_fundef ----
Op == LET sq[i \in 1..3] == i * i
      IN  sq[2]
====
EXPECT:
(def Op () (let ((fundef sq ((i \in (.. 1 3))) (* i i))) (apply sq 2)))
