---- MODULE graphs ----
EXTENDS Naturals, UndirectedGraphs
G == [node |-> {1, 2, 3, 4, 5}, edge |-> {{1, 2}, {2, 3}, {4}, {5, 6}}]
H == [node |-> {"a", "b"}, edge |-> {}]
====
# ConnectedComponents (native: the TLA+ definition ranges over Seq(S)); a self-loop and an edge
# leaving the node set join nothing
ConnectedComponents(G)  ==>  {{1, 2, 3}, {4}, {5}}
ConnectedComponents(H)  ==>  {{"a"}, {"b"}}
ConnectedComponents([node |-> {}, edge |-> {}])  ==>  {}
IsStronglyConnected(G)  ==>  FALSE
IsStronglyConnected([node |-> {1, 2}, edge |-> {{1, 2}}])  ==>  TRUE
# AreConnectedIn: a node is connected to itself; nodes outside the graph to nothing
AreConnectedIn(1, 3, G)  ==>  TRUE
AreConnectedIn(3, 1, G)  ==>  TRUE
AreConnectedIn(1, 4, G)  ==>  FALSE
AreConnectedIn(4, 4, G)  ==>  TRUE
AreConnectedIn(6, 6, G)  ==>  FALSE
AreConnectedIn(5, 6, G)  ==>  FALSE
# not a graph
ConnectedComponents(3)  ==>  ERROR eval 21:1
