-------------------------- MODULE UndirectedGraphs --------------------------
(***************************************************************************)
(* Undirected graphs, represented as records [node |-> N, edge |-> E]      *)
(* where each edge is a set {a, b} of one or two nodes.                    *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE Sequences
LOCAL INSTANCE SequencesExt
LOCAL INSTANCE FiniteSets
LOCAL INSTANCE Folds
LOCAL INSTANCE Functions

\* G is an undirected graph (self-loops {a} allowed).
IsUndirectedGraph(G) ==
  /\ G = [node |-> G.node, edge |-> G.edge]
  /\ \A e \in G.edge : \E a, b \in G.node : e = {a, b}

\* G is an undirected graph without self-loops.
IsLoopFreeUndirectedGraph(G) ==
  /\ G = [node |-> G.node, edge |-> G.edge]
  /\ \A e \in G.edge : \E a, b \in G.node : a # b /\ e = {a, b}

\* The undirected subgraphs of G.
UndirectedSubgraph(G) ==
  {H \in [node : SUBSET G.node, edge : SUBSET G.edge] : IsUndirectedGraph(H)}

-----------------------------------------------------------------------------

\* The non-empty sequences of nodes that follow edges of G.
Path(G) ==
  {p \in Seq(G.node) :
     p # << >> /\ \A i \in 1..(Len(p) - 1) : {p[i], p[i + 1]} \in G.edge}

\* The paths that visit no node twice.
SimplePath(G) == {p \in Path(G) : \A i, j \in 1..Len(p) : p[i] = p[j] => i = j}

\* Some path of G leads from m to n.
AreConnectedIn(m, n, G) == \E p \in Path(G) : p[1] = m /\ p[Len(p)] = n

-----------------------------------------------------------------------------

\* The maximal sets of nodes of G that are connected within themselves.
ConnectedComponents(G) ==
  LET Linked(S) ==
        /\ S # {}
        /\ \A m, n \in S :
             \E p \in Seq(S) : /\ p # << >>
                               /\ p[1] = m /\ p[Len(p)] = n
                               /\ \A i \in 1..(Len(p) - 1) : {p[i], p[i + 1]} \in G.edge
  IN  {S \in SUBSET G.node :
         Linked(S) /\ \A T \in SUBSET G.node : (S \subseteq T /\ S # T) => ~ Linked(T)}

\* G consists of a single connected component.
IsStronglyConnected(G) == ConnectedComponents(G) = {G.node}

-----------------------------------------------------------------------------

\* The undirected graphs whose set of nodes is S.
UndirectedGraphs(S) == [node : {S}, edge : SUBSET {{a, b} : a, b \in S}]
=============================================================================
