---- MODULE FoldInner ----
EXTENDS Naturals
CONSTANT C
\* Closed in this module, but not once C is substituted: each instance has its own value.
Set == {C, C + 1}
Pair(k) == <<C, k>>
====
