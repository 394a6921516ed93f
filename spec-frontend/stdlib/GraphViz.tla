------------------------------ MODULE GraphViz ------------------------------
(***************************************************************************)
(* Rendering graphs in the DOT language.  Evaluated natively by Vouch.     *)
(***************************************************************************)

\* The DOT text of the directed graph G = [node |-> ..., edge |-> ...],
\* labelling nodes with VL and edges with EL.
DotDiGraph(G, VL(_), EL(_)) == CHOOSE v : TRUE                     \* native
=============================================================================
