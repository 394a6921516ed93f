---- MODULE Middle2 ----
\* Pick is a constant here too: Inner2's Pick is substituted by it, and it by Outer2's Pick.
CONSTANT Pick(_)
VARIABLE z
INSTANCE Inner2
====
