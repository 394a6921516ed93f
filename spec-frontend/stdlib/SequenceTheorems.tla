--------------------------- MODULE SequenceTheorems ---------------------------
(***************************************************************************)
(* Facts about sequences.  The original library module only states         *)
(* theorems, which are omitted here (Vouch does not check proofs).         *)
(***************************************************************************)
EXTENDS Sequences, Functions
LOCAL INSTANCE NaturalsInduction
LOCAL INSTANCE TLAPS
=============================================================================
