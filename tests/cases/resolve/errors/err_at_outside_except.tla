---- MODULE err_at_outside_except ----
CONSTANT f
G == @
====
ERROR: unknown-name 3:6
