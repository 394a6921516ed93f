----------------------------- MODULE Statistics -----------------------------
(***************************************************************************)
(* Statistical tests.  Evaluated natively by Vouch.                        *)
(***************************************************************************)
EXTENDS Naturals

\* Pearson's chi-squared test: TRUE iff the observed frequencies actual
\* (a function) are consistent with the frequencies expected at
\* significance level alpha (a string such as "0.05").
ChiSquare(expected, actual, alpha) == CHOOSE v : TRUE              \* native
=============================================================================
