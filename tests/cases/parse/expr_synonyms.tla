---- MODULE expr_synonyms ----
a == p \land q
b == p \lor q
c == \lnot p
d == \neg p
e == x # y
f == x =< y
g == x \leq y
h == x \geq y
i == p \equiv q
j == s \circ t
====
EXPECT:
(def a () (/\ p q))
(def b () (\/ p q))
(def c () (~ p))
(def d () (~ p))
(def e () (/= x y))
(def f () (<= x y))
(def g () (<= x y))
(def h () (>= x y))
(def i () (<=> p q))
(def j () (\o s t))
