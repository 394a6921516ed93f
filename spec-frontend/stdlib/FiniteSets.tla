--------------------------- MODULE FiniteSets ---------------------------
(***************************************************************************)
(* Finiteness and the number of elements of a set.                         *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE Sequences

\* S is finite iff some initial segment 1..n of the naturals can be mapped
\* onto it.
IsFiniteSet(S) ==
  \E n \in Nat : \E f \in [1..n -> S] : \A x \in S : \E i \in 1..n : f[i] = x

\* The number of elements of a finite set S: the n for which there is a
\* one-to-one correspondence between 1..n and S.
Cardinality(S) ==
  CHOOSE n \in Nat :
    \E f \in [1..n -> S] :
      \A x \in S : \E i \in 1..n : /\ f[i] = x
                                   /\ \A j \in 1..n : f[j] = x => j = i
=============================================================================
