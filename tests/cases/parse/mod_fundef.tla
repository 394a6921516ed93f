---- MODULE mod_fundef ----
fact[n \in Nat] == IF n = 0 THEN 1 ELSE n * fact[n - 1]
====
EXPECT:
(fundef fact ((n \in Nat)) (if (= n 0) 1 (* n (apply fact (- n 1)))))
