---- MODULE mod_prefix_def ----
-. a == 0 - a
Neg == -5
====
EXPECT:
(def -. (a) (- 0 a))
(def Neg () (-. 5))
