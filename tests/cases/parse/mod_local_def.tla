---- MODULE mod_local_def ----
LOCAL Helper(x) == x + 1
LOCAL Zero == 0
Op == Helper(Zero)
====
EXPECT:
(local (def Helper (x) (+ x 1)))
(local (def Zero () 0))
(def Op () (Helper Zero))
