---- MODULE expr_field_keyword ----
\* After a dot, SANY takes any reserved word as a field's name (TLC's test208): selection,
\* EXCEPT paths, and the WF_/SF_ prefixes that otherwise start a fairness formula.
a == r.NEW
b == [r EXCEPT !.THEN = 0, !.HIDE.QED = 1]
c == r.SF_ + r.WF_x
d == r.CASE.LET
====
EXPECT:
(def a () (. r NEW))
(def b () (except r (((dot THEN)) 0) (((dot HIDE) (dot QED)) 1)))
(def c () (+ (. r SF_) (. r WF_x)))
(def d () (. (. r CASE) LET))
