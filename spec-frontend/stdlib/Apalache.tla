------------------------------ MODULE Apalache ------------------------------
(***************************************************************************)
(* Operators of the Apalache model checker.  Most are annotations whose    *)
(* logical meaning is simply their argument; the bodies below give that    *)
(* meaning (Apalache encodes them symbolically).                           *)
(***************************************************************************)

\* Assignment to a variable; logically just an equation.
x := e == x = e

\* A value of the expected type whose size is bounded by size.
Gen(size) == CHOOSE v : TRUE                                       \* native

\* Some element of S (non-deterministic in Apalache).
Guess(S) == CHOOSE x \in S : TRUE

\* The function given by a set of pairs.
SetAsFun(S) ==
  [a \in {pr[1] : pr \in S} |-> CHOOSE b \in {pr[2] : pr \in S} : <<a, b>> \in S]

LOCAL INSTANCE Integers

\* The sequence <<F(1), ..., F(N)>>.
MkSeq(N, F(_)) == [i \in 1..N |-> F(i)]

LOCAL INSTANCE Sequences

\* The function fn on 1..len read as a sequence (capacity bounds len).
FunAsSeq(fn, len, capacity) ==
  LET Elem(i) == fn[i]
  IN  SubSeq(MkSeq(capacity, Elem), 1, len)

\* Hints to the model checker; logically the identity.
Skolem(e) == e
Expand(S) == S
ConstCardinality(cardExpr) == cardExpr

\* Fold op over the elements of the finite set S, starting from v.
RECURSIVE ApaFoldSet(_, _, _)
ApaFoldSet(Op(_, _), v, S) ==
  IF S = {} THEN v
  ELSE LET w == CHOOSE x \in S : TRUE
       IN  ApaFoldSet(Op, Op(v, w), S \ {w})

\* Fold op over the elements of seq from left to right, starting from v.
RECURSIVE ApaFoldSeqLeft(_, _, _)
ApaFoldSeqLeft(Op(_, _), v, seq) ==
  IF seq = << >> THEN v ELSE ApaFoldSeqLeft(Op, Op(v, Head(seq)), Tail(seq))
=============================================================================
