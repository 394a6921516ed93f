---- MODULE expr_cartesian ----
a == A \X B \X C
b == A \times B
c == (A \X B) \X C
====
EXPECT:
(def a () (\X A B C))
(def b () (\X A B))
(def c () (\X (\X A B) C))
