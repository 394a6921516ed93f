---- MODULE vectorclocks ----
EXTENDS Naturals, Sequences, VectorClocks
A1 == [node |-> "a", vc |-> [a |-> 1]]
A2 == [node |-> "a", vc |-> [a |-> 2]]
B1 == [node |-> "b", vc |-> [a |-> 1, b |-> 1]]
Order(log) == CausalOrder(log, LAMBDA l : l.vc, LAMBDA l : l.node, LAMBDA c : DOMAIN c)
====
# CausalOrder (native): each node's entries by its own time; b's entry waits for a's first
Order(<<A2, B1, A1>>)  ==>  <<A1, B1, A2>>
Order(<<B1, A1>>)  ==>  <<A1, B1>>
Order(<<>>)  ==>  <<>>
IsCausalOrder(Order(<<A2, B1, A1>>), LAMBDA l : l.vc)  ==>  TRUE
IsCausalOrder(<<B1, A1>>, LAMBDA l : l.vc)  ==>  FALSE
# a clock that has seen an entry the log does not have
Order(<<[node |-> "b", vc |-> [a |-> 3, b |-> 1]], A1>>)  ==>  ERROR eval 6:15
# clocks that form a cycle (a1 has seen b's first entry, which has seen a's second): as TLC, the
# entries that cannot be placed are left out (and a warning says so)
Order(<<[node |-> "a", vc |-> [a |-> 1, b |-> 1]], [node |-> "b", vc |-> [a |-> 2, b |-> 1]], [node |-> "a", vc |-> [a |-> 2, b |-> 1]]>>)  ==>  <<>>
Order(<<[node |-> "c", vc |-> [c |-> 1]], [node |-> "a", vc |-> [a |-> 1, b |-> 1]], [node |-> "b", vc |-> [a |-> 1, b |-> 1]]>>)  ==>  <<[node |-> "c", vc |-> [c |-> 1]]>>
