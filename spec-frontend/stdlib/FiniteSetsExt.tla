---------------------------- MODULE FiniteSetsExt ----------------------------
(***************************************************************************)
(* Further operators on finite sets: folds, sums, maximum and minimum,     *)
(* k-element subsets, choice.                                              *)
(***************************************************************************)
EXTENDS Integers, FiniteSets, Folds, Functions

\* Fold op over the elements of the finite set S, starting from base.
FoldSet(op(_, _), base, S) ==
  MapThenFoldSet(op, base, LAMBDA x : x, LAMBDA T : CHOOSE x \in T : TRUE, S)

\* The sum / product of the numbers in S.
SumSet(S) == FoldSet(LAMBDA a, b : a + b, 0, S)
ProductSet(S) == FoldSet(LAMBDA a, b : a * b, 1, S)

\* FoldSet with the arguments in another order.
ReduceSet(op(_, _), S, acc) == FoldSet(op, acc, S)

\* The sum of op(x) over the elements x of S.
MapThenSumSet(op(_), S) ==
  MapThenFoldSet(LAMBDA a, b : a + b, 0, op, LAMBDA T : CHOOSE x \in T : TRUE, S)

\* The union of a set of sets.
FlattenSet(S) == UNION S

\* The elements in exactly one of A and B.
SymDiff(A, B) == (A \ B) \cup (B \ A)

\* The number of elements of S that satisfy P.
Quantify(S, P(_)) == Cardinality({x \in S : P(x)})

\* The subsets of S with exactly k elements.
kSubset(k, S) == {T \in SUBSET S : Cardinality(T) = k}

\* The largest / smallest element of a non-empty set of numbers.
Max(S) == CHOOSE x \in S : \A y \in S : x >= y
Min(S) == CHOOSE x \in S : \A y \in S : x =< y

\* Every way to pick one element out of each set in Sets, as the set of
\* picked elements.
Choices(Sets) ==
  {Range(f) : f \in {g \in [Sets -> UNION Sets] : \A T \in Sets : g[T] \in T}}

\* The single element of S that satisfies P.
ChooseUnique(S, P(_)) == CHOOSE x \in S : P(x) /\ \A y \in S : P(y) => y = x
=============================================================================
