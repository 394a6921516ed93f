---- MODULE mod_recursive ----
RECURSIVE Fact(_), Sum
Fact(n) == IF n = 0 THEN 1 ELSE n * Fact(n - 1)
Sum == 0
====
EXPECT:
(recursive (Fact 1)) (recursive Sum)
(def Fact (n) (if (= n 0) 1 (* n (Fact (- n 1)))))
(def Sum () 0)
