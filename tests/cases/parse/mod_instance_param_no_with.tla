---- MODULE mod_instance_param_no_with ----
I(x) == INSTANCE M
J == INSTANCE M
====
EXPECT:
(def I (x) (instance M))
(def J () (instance M))
