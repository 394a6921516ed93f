---- MODULE mod_nested_module_extends ----
EXTENDS Naturals
---- MODULE Helper ----
EXTENDS Sequences
CONSTANT C
h == C
====
I == INSTANCE Helper WITH C <- 1
====
EXPECT:
(extends Naturals)
(module Helper (extends Sequences) (constant C) (def h () C))
(def I () (instance Helper (C 1)))
