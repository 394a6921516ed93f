---- MODULE InnerAlias ----
VARIABLE x
F == x'
G == x
====
