------------------------ MODULE WellFoundedInduction ------------------------
(***************************************************************************)
(* Well-founded relations and inductive definitions over them.  A relation *)
(* R is a set of pairs; <<x, y>> \in R reads "x is below y".  Only the     *)
(* definitions are given here; the theorems are omitted.                   *)
(***************************************************************************)
EXTENDS NaturalsInduction

\* R is transitive on S.
IsTransitivelyClosedOn(R, S) ==
  \A x, y, z \in S : (<<x, y>> \in R) /\ (<<y, z>> \in R) => (<<x, z>> \in R)

\* No infinite descending chain of elements of S exists under R.
IsWellFoundedOn(R, S) ==
  ~ \E f \in [Nat -> S] : \A n \in Nat : <<f[n + 1], f[n]>> \in R

\* The elements of S below x.
SetLessThan(x, R, S) == {y \in S : <<y, x>> \in R}

\* Def(g, x) only depends on the values of g at elements below x.
WFDefOn(R, S, Def(_, _)) ==
  \A g, h :
    \A x \in S :
      (\A y \in SetLessThan(x, R, S) : g[y] = h[y]) => (Def(g, x) = Def(h, x))

\* f is the function defined by the recursive definition f[x \in S] == Def(f, x).
OpDefinesFcn(f, S, Def(_, _)) == f = CHOOSE g : g = [x \in S |-> Def(g, x)]

\* f satisfies the recursion equation f = [x \in S |-> Def(f, x)].
WFInductiveDefines(f, S, Def(_, _)) == f = [x \in S |-> Def(f, x)]

\* At most one function satisfies that equation.
WFInductiveUnique(S, Def(_, _)) ==
  \A g, h : WFInductiveDefines(g, S, Def) /\ WFInductiveDefines(h, S, Def)
              => (g = h)

\* The smallest transitive relation on S that contains R restricted to S.
TransitiveClosureOn(R, S) ==
  {pr \in S \X S :
     \A U \in SUBSET (S \X S) :
        (R \cap (S \X S) \subseteq U) /\ IsTransitivelyClosedOn(U, S) => pr \in U}

\* The relation on S given by the infix operator \prec.
OpToRel(_\prec_, S) == {pr \in S \X S : pr[1] \prec pr[2]}

\* The relation on S obtained by comparing the images under f in R.
PreImage(f(_), S, R) == {pr \in S \X S : <<f(pr[1]), f(pr[2])>> \in R}

\* Lexicographic order on pairs of S1 \X S2, given orders R1 and R2.
LexPairOrdering(R1, R2, S1, S2) ==
  {pr \in (S1 \X S2) \X (S1 \X S2) :
     \/ <<pr[1][1], pr[2][1]>> \in R1
     \/ /\ pr[1][1] = pr[2][1]
        /\ <<pr[1][2], pr[2][2]>> \in R2}

\* Lexicographic order on n-tuples of elements of S, given order R on S.
LexProductOrdering(R, S, n) ==
  {pr \in [1..n -> S] \X [1..n -> S] :
     \E j \in 1..n : /\ \A i \in 1..(j - 1) : pr[1][i] = pr[2][i]
                     /\ <<pr[1][j], pr[2][j]>> \in R}
=============================================================================
