---- MODULE OpParamTarget ----
CONSTANT F(_), S
Image == {F(s) : s \in S}
Lifted(x) == F(F(x))
====
