This text comes before the module header; TLA+ ignores it.
x == 1 is not a definition here.
---- MODULE mod_preamble_text ----
a == 1
====
EXPECT:
(def a () 1)
