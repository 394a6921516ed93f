------------------------------ MODULE Bags ------------------------------
(***************************************************************************)
(* Bags (multisets).  A bag is a function from its elements to their       *)
(* (positive) multiplicities; e.g. [x \in {"a", "b"} |-> 2] contains two   *)
(* copies each of "a" and "b".                                             *)
(***************************************************************************)
LOCAL INSTANCE Naturals

\* B is a bag iff it maps each element of its domain to a positive natural.
IsABag(B) == B \in [DOMAIN B -> {n \in Nat : n > 0}]

\* The set of elements with at least one copy in B.
BagToSet(B) == DOMAIN B

\* The bag with exactly one copy of each element of S.
SetToBag(S) == [e \in S |-> 1]

\* e has at least one copy in B.
BagIn(e, B) == e \in BagToSet(B)

\* The bag without any elements.
EmptyBag == SetToBag({})

\* The multiplicity of e in B (0 if e is not in B).
CopiesIn(e, B) == IF BagIn(e, B) THEN B[e] ELSE 0

\* Bag union: multiplicities are added.
B1 (+) B2 ==
  [e \in (DOMAIN B1) \cup (DOMAIN B2) |-> CopiesIn(e, B1) + CopiesIn(e, B2)]

\* Bag difference: multiplicities are subtracted, dropping elements that
\* end up with no copies.
B1 (-) B2 ==
  [e \in {d \in DOMAIN B1 : CopiesIn(d, B1) > CopiesIn(d, B2)} |->
     CopiesIn(e, B1) - CopiesIn(e, B2)]

\* The sum of the (numeric) range values of a function with finite domain.
LOCAL SumOf(f) ==
  LET Acc[D \in SUBSET DOMAIN f] ==
        IF D = {} THEN 0
        ELSE LET d == CHOOSE x \in D : TRUE
             IN  f[d] + Acc[D \ {d}]
  IN  Acc[DOMAIN f]

\* The union of all bags in the set S of bags.
BagUnion(S) ==
  [e \in UNION {BagToSet(B) : B \in S} |-> SumOf([B \in S |-> CopiesIn(e, B)])]

\* B1 is a subbag of B2: every element has at least as many copies in B2.
B1 \sqsubseteq B2 ==
  /\ (DOMAIN B1) \subseteq (DOMAIN B2)
  /\ \A e \in DOMAIN B1 : B1[e] \leq B2[e]

\* The set of all subbags of B.
SubBag(B) ==
  LET Counts == UNION {1..B[e] : e \in DOMAIN B}
  IN  {SB \in UNION {[D -> Counts] : D \in SUBSET DOMAIN B} :
          \A e \in DOMAIN SB : SB[e] \leq B[e]}

\* The bag obtained by applying F to every copy of every element of B.
BagOfAll(F(_), B) ==
  [e \in {F(d) : d \in BagToSet(B)} |->
     SumOf([d \in {x \in BagToSet(B) : F(x) = e} |-> B[d]])]

\* The total number of copies of elements in B.
BagCardinality(B) == SumOf(B)
=============================================================================
