---- MODULE mod_recursive_two_args ----
RECURSIVE Ack(_, _)
Ack(m, n) == IF m = 0 THEN n + 1 ELSE Ack(m - 1, n)
====
EXPECT:
(recursive (Ack 2))
(def Ack (m n) (if (= m 0) (+ n 1) (Ack (- m 1) n)))
