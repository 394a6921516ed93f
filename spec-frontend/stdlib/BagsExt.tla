------------------------------ MODULE BagsExt ------------------------------
(***************************************************************************)
(* Further operators on bags (see module Bags).                            *)
(***************************************************************************)
LOCAL INSTANCE Bags
LOCAL INSTANCE Integers
LOCAL INSTANCE Folds

\* B with one more copy of x.
BagAdd(B, x) ==
  [e \in (DOMAIN B) \cup {x} |-> IF e = x THEN CopiesIn(x, B) + 1 ELSE B[e]]

\* B with one copy of x less (B itself if x is not in B).
BagRemove(B, x) ==
  IF x \notin DOMAIN B THEN B
  ELSE IF B[x] = 1 THEN [e \in (DOMAIN B) \ {x} |-> B[e]]
  ELSE [B EXCEPT ![x] = @ - 1]

\* B without any copy of x.
BagRemoveAll(B, x) == [e \in (DOMAIN B) \ {x} |-> B[e]]

\* Like MapThenFoldSet, but every element x of the bag contributes f(x) as
\* many times as it has copies in B.
MapThenFoldBag(op(_, _), base, f(_), choose(_), B) ==
  LET Contrib(x) ==
        LET R[n \in Nat \ {0}] == IF n = 1 THEN op(base, f(x)) ELSE op(R[n - 1], f(x))
        IN  R[B[x]]
  IN  MapThenFoldSet(op, base, Contrib, choose, DOMAIN B)

\* Fold op over all copies of all elements of B, starting from base.
FoldBag(op(_, _), base, B) ==
  MapThenFoldBag(op, base, LAMBDA x : x, LAMBDA T : CHOOSE x \in T : TRUE, B)

\* The sum / product of all copies of the numbers in B.
SumBag(B) == FoldBag(LAMBDA a, b : a + b, 0, B)
ProductBag(B) == FoldBag(LAMBDA a, b : a * b, 1, B)
=============================================================================
