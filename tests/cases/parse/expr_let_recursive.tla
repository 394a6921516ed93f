---- MODULE expr_let_recursive ----
Op == LET RECURSIVE F(_)
          F(n) == IF n = 0 THEN 0 ELSE F(n - 1)
      IN  F(3)
====
EXPECT:
(def Op () (let ((recursive (F 1)) (def F (n) (if (= n 0) 0 (F (- n 1))))) (F 3)))
