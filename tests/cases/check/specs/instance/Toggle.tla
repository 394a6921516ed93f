---- MODULE Toggle ----
\* `vars` is a variable here; the module instantiating this one substitutes a tuple of its own
\* variables for it, so UNCHANGED vars means UNCHANGED of that tuple.
VARIABLES s, vars
Step == IF s = 0 THEN s' = 1 /\ UNCHANGED vars ELSE s' = 0 /\ UNCHANGED vars
====
