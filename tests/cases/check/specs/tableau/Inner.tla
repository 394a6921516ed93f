---- MODULE Inner ----
\* Instantiated by Outer: a property quantified inside an instantiated module.
CONSTANT Procs
VARIABLE turn
Live == \A p \in Procs : []<>(turn = p)
====
