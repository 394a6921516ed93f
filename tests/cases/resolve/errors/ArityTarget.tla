---- MODULE ArityTarget ----
CONSTANT F(_)
Two(a, b) == F(a)
====
