---- MODULE mod_local_fundef ----
LOCAL f[n \in Nat] == n + 1
g == f[0]
====
EXPECT:
(local (fundef f ((n \in Nat)) (+ n 1)))
(def g () (apply f 0))
