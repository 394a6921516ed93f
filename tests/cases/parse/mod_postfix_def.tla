---- MODULE mod_postfix_def ----
R ^+ == R
a ^# == a
Use == S^+
====
EXPECT:
(def ^+ (R) R)
(def ^# (a) a)
(def Use () (^+ S))
