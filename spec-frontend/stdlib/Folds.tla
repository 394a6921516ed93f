------------------------------- MODULE Folds -------------------------------
(***************************************************************************)
(* A general fold over a finite set, the basis of FoldSet (FiniteSetsExt), *)
(* FoldFunction (Functions) and FoldSeq (SequencesExt).                    *)
(***************************************************************************)

\* Starting from base, combine f(x) for every x in the finite set S using
\* op, picking the next element with choose (choose(T) must be an element
\* of the non-empty set T).  For a result independent of the picking order,
\* op should be associative and commutative.  For instance
\*   MapThenFoldSet(LAMBDA a, b : a + b, 0, LAMBDA x : 2 * x,
\*                  LAMBDA T : CHOOSE x \in T : TRUE, {1, 2, 3}) = 12
RECURSIVE MapThenFoldSet(_, _, _, _, _)
MapThenFoldSet(op(_, _), base, f(_), choose(_), S) ==
  IF S = {} THEN base
  ELSE LET x == choose(S)
       IN  op(f(x), MapThenFoldSet(op, base, f, choose, S \ {x}))
=============================================================================
