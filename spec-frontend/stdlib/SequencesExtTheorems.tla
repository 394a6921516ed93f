------------------------ MODULE SequencesExtTheorems ------------------------
(***************************************************************************)
(* Facts about the operators of module SequencesExt, and inductive         *)
(* definitions over sequences.  Only the definitions of the original       *)
(* module are given; its theorems are omitted.                             *)
(***************************************************************************)
EXTENDS Sequences, SequencesExt, Functions, Integers, WellFoundedInduction

\* Def(g, seq) only depends on the values of g at strict prefixes of seq.
StrictPrefixesDetermineDef(S, Def(_, _)) ==
  \A g, h : \A seq \in Seq(S) :
    (\A pre \in Seq(S) : IsStrictPrefix(pre, seq) => g[pre] = h[pre])
      => Def(g, seq) = Def(h, seq)

\* Def(g, seq) only depends on the values of g at strict suffixes of seq.
StrictSuffixesDetermineDef(S, Def(_, _)) ==
  \A g, h : \A seq \in Seq(S) :
    (\A suf \in Seq(S) : IsStrictSuffix(suf, seq) => g[suf] = h[suf])
      => Def(g, seq) = Def(h, seq)

\* f is defined on Seq(S) by recursion on the tail:
\* f[<<>>] = f0 and f[s] = Def(f[Tail(s)], s) otherwise.
TailInductiveDefHypothesis(f, S, f0, Def(_, _)) ==
  f = CHOOSE g : g = [s \in Seq(S) |-> IF s = << >> THEN f0
                                                   ELSE Def(g[Tail(s)], s)]

TailInductiveDefConclusion(f, S, f0, Def(_, _)) ==
  f = [s \in Seq(S) |-> IF s = << >> THEN f0 ELSE Def(f[Tail(s)], s)]

\* The same, by recursion on Front(s) (all but the last element).
FrontInductiveDefHypothesis(f, S, f0, Def(_, _)) ==
  f = CHOOSE g : g = [s \in Seq(S) |-> IF s = << >> THEN f0
                                                   ELSE Def(g[Front(s)], s)]

FrontInductiveDefConclusion(f, S, f0, Def(_, _)) ==
  f = [s \in Seq(S) |-> IF s = << >> THEN f0 ELSE Def(f[Front(s)], s)]
=============================================================================
