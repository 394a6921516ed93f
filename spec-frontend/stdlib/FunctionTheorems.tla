--------------------------- MODULE FunctionTheorems ---------------------------
(***************************************************************************)
(* Facts about the operators of module Functions.  The original module     *)
(* only states theorems, which are omitted here.                           *)
(***************************************************************************)
EXTENDS Functions, Integers, FiniteSets
=============================================================================
