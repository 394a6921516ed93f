------------------------- MODULE NaturalsInduction -------------------------
(***************************************************************************)
(* Induction over the natural numbers and inductive definitions of         *)
(* functions on them.  Only the definitions are given here; the theorems   *)
(* of the original library module are omitted (Vouch does not check       *)
(* proofs).                                                                *)
(***************************************************************************)
EXTENDS Integers

\* f is the function on Nat defined by f[0] = f0 and f[i] = Def(f[i-1], i),
\* written in the CHOOSE form produced by a recursive function definition.
NatInductiveDefHypothesis(f, f0, Def(_, _)) ==
  f = CHOOSE g : g = [i \in Nat |-> IF i = 0 THEN f0 ELSE Def(g[i - 1], i)]

\* The recursion equation that such an f satisfies.
NatInductiveDefConclusion(f, f0, Def(_, _)) ==
  f = [i \in Nat |-> IF i = 0 THEN f0 ELSE Def(f[i - 1], i)]

\* The same for a function on the interval m..n with f[m] = c.
FiniteNatInductiveDefHypothesis(f, c, Def(_, _), m, n) ==
  f = CHOOSE g : g = [i \in m..n |-> IF i = m THEN c ELSE Def(g[i - 1], i)]

FiniteNatInductiveDefConclusion(f, c, Def(_, _), m, n) ==
  f = [i \in m..n |-> IF i = m THEN c ELSE Def(f[i - 1], i)]

\* n! for every natural n.
factorial[n \in Nat] == IF n = 0 THEN 1 ELSE n * factorial[n - 1]
=============================================================================
