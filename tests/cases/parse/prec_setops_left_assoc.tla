---- MODULE prec_setops_left_assoc ----
a == A \cup B \cup C
b == A \cap B \cap C
c == A \union B \cup C
====
EXPECT:
(def a () (\cup (\cup A B) C))
(def b () (\cap (\cap A B) C))
(def c () (\cup (\cup A B) C))
