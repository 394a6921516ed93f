------------------------------- MODULE Quorum -------------------------------
(***************************************************************************)
(* Quorum systems.                                                         *)
(***************************************************************************)

\* The quorum systems over S: non-empty sets of subsets of S in which any
\* two quorums intersect and every superset (within S) of a quorum is a
\* quorum.
QuorumSystem(S) ==
  {QS \in SUBSET (SUBSET S) :
     /\ QS # {}
     /\ \A Q1, Q2 \in QS : Q1 \cap Q2 # {}
     /\ \A Q1 \in QS : \A Q2 \in SUBSET S : Q1 \subseteq Q2 => Q2 \in QS}
=============================================================================
