---- MODULE prec_in_setops ----
a == x \in S \cup T
b == x \notin S \ T
c == S \subseteq T \cap U
====
EXPECT:
(def a () (\in x (\cup S T)))
(def b () (\notin x (\ S T)))
(def c () (\subseteq S (\cap T U)))
