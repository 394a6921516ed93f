---- MODULE mod_local_instance ----
LOCAL INSTANCE Naturals
x == 1 + 1
====
EXPECT:
(local (instance Naturals))
(def x () (+ 1 1))
