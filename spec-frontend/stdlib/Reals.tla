----------------------------- MODULE Reals ------------------------------
(***************************************************************************)
(* The real numbers.  Extends Integers, whose arithmetic operators apply   *)
(* to all reals.                                                           *)
(***************************************************************************)
EXTENDS Integers

Real == CHOOSE v : TRUE    \* native: the set of all real numbers

\* Real division: the number c with a = b * c (unspecified when b = 0).
a / b == CHOOSE c \in Real : a = b * c

\* A value that is not a real number; it is larger than every real, and
\* -Infinity is smaller than every real.
Infinity == CHOOSE x : x \notin Real
=============================================================================
