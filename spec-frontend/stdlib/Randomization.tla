--------------------------- MODULE Randomization ---------------------------
(***************************************************************************)
(* Pseudo-random choice of subsets.  The randomness is native to the       *)
(* evaluator; logically each operator denotes some fixed value satisfying  *)
(* its description, as stated by the bodies below.                         *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE FiniteSets

\* A randomly chosen k-element subset of S.
RandomSubset(k, S) ==                          \* native (random choice)
  CHOOSE T \in SUBSET S : Cardinality(T) = k

\* A randomly chosen set of at most k subsets of S, each of which contains
\* every element of S with probability n / Cardinality(S).
RandomSetOfSubsets(k, n, S) ==                 \* native (random choice)
  CHOOSE T \in SUBSET SUBSET S : Cardinality(T) \leq k

\* A randomly chosen set of at most k subsets of S, each of which contains
\* every element of S with probability prob (a string such as "0.25").
RandomSubsetSet(k, prob, S) ==                 \* native (random choice)
  CHOOSE T \in SUBSET SUBSET S : Cardinality(T) \leq k

\* The sizes of five sets of subsets chosen by RandomSetOfSubsets(k, n, S),
\* to estimate how many subsets that operator actually yields.
TestRandomSetOfSubsets(k, n, S) ==
  [i \in 1..5 |-> Cardinality(RandomSetOfSubsets(k, n, S))]
=============================================================================
