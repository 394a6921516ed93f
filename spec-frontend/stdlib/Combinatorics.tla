---------------------------- MODULE Combinatorics ----------------------------
(***************************************************************************)
(* Factorials and binomial coefficients.                                   *)
(***************************************************************************)
EXTENDS Naturals

\* n! for every natural n.
factorial[n \in Nat] == IF n = 0 THEN 1 ELSE n * factorial[n - 1]

\* The number of k-element subsets of an n-element set (0 <= k <= n).
choose(n, k) == factorial[n] \div (factorial[k] * factorial[n - k])
=============================================================================
