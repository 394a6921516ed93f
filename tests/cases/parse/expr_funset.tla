---- MODULE expr_funset ----
a == [S -> T]
b == [S -> [T -> U]]
c == [Nat -> BOOLEAN]
====
EXPECT:
(def a () (-> S T))
(def b () (-> S (-> T U)))
(def c () (-> Nat BOOLEAN))
