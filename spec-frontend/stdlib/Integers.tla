---------------------------- MODULE Integers ----------------------------
(***************************************************************************)
(* The integers.  Extends Naturals, whose arithmetic operators apply to    *)
(* all integers.                                                           *)
(***************************************************************************)
EXTENDS Naturals

Int == CHOOSE v : TRUE     \* native: the set of all integers

\* Unary minus: the additive inverse.
-. a == 0 - a
=============================================================================
