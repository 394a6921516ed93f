-------------------------- MODULE FiniteSetTheorems --------------------------
(***************************************************************************)
(* Facts about finite sets and their cardinality.  Only the definitions of *)
(* the original library module are given; its theorems are omitted.       *)
(***************************************************************************)
EXTENDS FiniteSets, Integers, Functions, WellFoundedInduction

\* The finite subsets of S.
FiniteSubsetsOf(S) == {T \in SUBSET S : IsFiniteSet(T)}

\* Strict inclusion between subsets of S, as a relation.
StrictSubsetOrdering(S) ==
  {pr \in (SUBSET S) \X (SUBSET S) : pr[1] \subseteq pr[2] /\ pr[1] # pr[2]}
=============================================================================
