---- MODULE expr_postfix_ops ----
a == R^+
b == R^*
c == R^#
====
EXPECT:
(def a () (^+ R))
(def b () (^* R))
(def c () (^# R))
