------------------------------- MODULE Graphs -------------------------------
(***************************************************************************)
(* Directed graphs, represented as records [node |-> N, edge |-> E] where  *)
(* E \subseteq N \X N.  An undirected graph is a directed graph whose      *)
(* edges come in both directions.                                          *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets, SequencesExt, Relation

\* G is a directed graph.
IsDirectedGraph(G) ==
  /\ G = [node |-> G.node, edge |-> G.edge]
  /\ G.edge \subseteq (G.node \X G.node)

\* The subgraphs of G.
DirectedSubgraph(G) ==
  {H \in [node : SUBSET G.node, edge : SUBSET (G.node \X G.node)] :
     IsDirectedGraph(H) /\ H.edge \subseteq G.edge}

\* G with every edge reversed.
Transpose(G) == [node |-> G.node, edge |-> {<<e[2], e[1]>> : e \in G.edge}]

-----------------------------------------------------------------------------

\* G is a directed graph with every edge also present in reverse.
IsUndirectedGraph(G) ==
  IsDirectedGraph(G) /\ \A e \in G.edge : <<e[2], e[1]>> \in G.edge

\* The undirected subgraphs of G.
UndirectedSubgraph(G) == {H \in DirectedSubgraph(G) : IsUndirectedGraph(H)}

-----------------------------------------------------------------------------

\* The non-empty sequences of nodes that follow edges of G.
Path(G) ==
  {p \in Seq(G.node) :
     p # << >> /\ \A i \in 1..(Len(p) - 1) : <<p[i], p[i + 1]>> \in G.edge}

\* The paths that visit no node twice.
SimplePath(G) == {p \in Path(G) : \A i, j \in 1..Len(p) : p[i] = p[j] => i = j}

\* Some path of G leads from m to n.
AreConnectedIn(m, n, G) == \E p \in Path(G) : p[1] = m /\ p[Len(p)] = n

\* Every node of G is connected to every node.
IsStronglyConnected(G) == \A m, n \in G.node : AreConnectedIn(m, n, G)

\* The function on pairs of nodes that is TRUE iff there is a path from
\* the first to the second.
ConnectionsIn(G) ==
  \* Conn[V][m, n]: n is reachable from m using only nodes of V in between.
  LET Conn[V \in SUBSET G.node] ==
        IF V = {} THEN [m, n \in G.node |-> m = n \/ <<m, n>> \in G.edge]
        ELSE LET v    == CHOOSE w \in V : TRUE
                 Prev == Conn[V \ {v}]
             IN  [m, n \in G.node |-> Prev[m, n] \/ (Prev[m, v] /\ Prev[v, n])]
  IN  Conn[G.node]

-----------------------------------------------------------------------------

\* G is a tree whose edges point towards the root r.
IsTreeWithRoot(G, r) ==
  /\ IsDirectedGraph(G)
  /\ r \in G.node
  /\ \A e \in G.edge : /\ e[1] # r
                       /\ \A f \in G.edge : e[1] = f[1] => e = f
  /\ \A n \in G.node : AreConnectedIn(n, r, G)

-----------------------------------------------------------------------------

\* The union of two graphs.
GraphUnion(G, H) == [node |-> G.node \cup H.node, edge |-> G.edge \cup H.edge]

\* U and V split the nodes of G so that every edge goes between them.
IsBipartiteWithPartitions(G, U, V) ==
  /\ U \cap V = {}
  /\ G.node \subseteq (U \cup V)
  /\ \A e \in G.edge : (e[1] \in U /\ e[2] \in V) \/ (e[1] \in V /\ e[2] \in U)

\* G contains a cycle.
HasCycle(G) ==
  \/ \E n \in G.node : <<n, n>> \in G.edge
  \/ \E m, n \in G.node : m # n /\ ConnectionsIn(G)[m, n] /\ ConnectionsIn(G)[n, m]

\* G is a directed acyclic graph.
IsDag(G) == IsDirectedGraph(G) /\ ~ HasCycle(G)

\* Direct successors / predecessors of a node n, or of the nodes in S.
Successors(G, n) == {m \in G.node : <<n, m>> \in G.edge}
AllSuccessors(G, S) == UNION {Successors(G, n) : n \in S}
Predecessors(G, n) == {m \in G.node : <<m, n>> \in G.edge}
AllPredecessors(G, S) == UNION {Predecessors(G, n) : n \in S}

\* The edge relation of G as a Boolean function on pairs of nodes.
LOCAL EdgeRel(G) == [pr \in G.node \X G.node |-> pr \in G.edge]

\* The nodes from which n can be reached / that can be reached from n.
Ancestors(G, n) == {m \in G.node : TransitiveClosure(EdgeRel(G), G.node)[m, n]}
Descendants(G, n) == {m \in G.node : TransitiveClosure(EdgeRel(G), G.node)[n, m]}

\* The number of edges into / out of n.
InDegree(G, n) == Cardinality(Predecessors(G, n))
OutDegree(G, n) == Cardinality(Successors(G, n))

\* The nodes without predecessors / without successors.
Roots(G) == {n \in G.node : Predecessors(G, n) = {}}
Leaves(G) == {n \in G.node : Successors(G, n) = {}}

-----------------------------------------------------------------------------

\* The graph without nodes.
EmptyGraph == [node |-> {}, edge |-> {}]

\* The directed graphs whose set of nodes is S.
Graphs(S) == [node : {S}, edge : SUBSET (S \X S)]
=============================================================================
