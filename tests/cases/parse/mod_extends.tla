---- MODULE mod_extends ----
EXTENDS Naturals, Sequences
x == 1
====
EXPECT:
(extends Naturals Sequences)
(def x () 1)
