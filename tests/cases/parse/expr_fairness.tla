---- MODULE expr_fairness ----
a == WF_vars(Next)
b == SF_<<x, y>>(A)
c == WF_x(A /\ B)
====
EXPECT:
(def a () (WF vars Next))
(def b () (SF (<<>> x y) A))
(def c () (WF x (/\ A B)))
