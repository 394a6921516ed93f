------------------------ MODULE FiniteSetsExtTheorems ------------------------
(***************************************************************************)
(* Facts about the operators of module FiniteSetsExt.  The original module *)
(* only states theorems, which are omitted here.                           *)
(***************************************************************************)
EXTENDS FiniteSetsExt, FiniteSets, Integers
=============================================================================
