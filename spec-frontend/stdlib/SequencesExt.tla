---------------------------- MODULE SequencesExt ----------------------------
(***************************************************************************)
(* Further operators on finite sequences.                                  *)
(***************************************************************************)
EXTENDS Sequences, Naturals, FiniteSets, FiniteSetsExt, Folds, Functions,
        Bags, TLC

\* The set of elements of s.
ToSet(s) == {s[i] : i \in DOMAIN s}

\* The bag of elements of s: each element with the number of its occurrences.
ToBag(s) == [e \in ToSet(s) |-> Cardinality({i \in DOMAIN s : s[i] = e})]

\* Some sequence listing every element of the finite set S exactly once.
SetToSeq(S) == CHOOSE f \in [1..Cardinality(S) -> S] : IsInjective(f)

\* All sequences listing every element of S exactly once.
SetToSeqs(S) == {f \in [1..Cardinality(S) -> S] : IsInjective(f)}

\* The elements of S, listed in the order op.
SetToSortSeq(S, op(_, _)) == SortSeq(SetToSeq(S), op)

\* All sequences of distinct elements of S.
SetToAllKPermutations(S) == UNION {SetToSeqs(T) : T \in SUBSET S}

\* The sequences of length exactly n / at most n with elements in set.
TupleOf(set, n) == [1..n -> set]
SeqOf(set, n) == UNION {[1..k -> set] : k \in 0..n}
BoundedSeq(S, n) == SeqOf(S, n)

-----------------------------------------------------------------------------

\* e occurs in s.
Contains(s, e) == \E i \in 1..Len(s) : s[i] = e

\* op holds between every element of s and every later element.
IsSorted(s, op(_, _)) == \A i, j \in 1..Len(s) : i < j => op(s[i], s[j])

\* The elements of s in the opposite order.
Reverse(s) == [i \in 1..Len(s) |-> s[Len(s) - i + 1]]

\* s without any occurrence of e.
Remove(s, e) == SelectSeq(s, LAMBDA x : x # e)

\* s with every occurrence of old replaced by new.
ReplaceAll(s, old, new) == [i \in 1..Len(s) |-> IF s[i] = old THEN new ELSE s[i]]

-----------------------------------------------------------------------------

\* The index of the first / last element of seq satisfying Test; 0 if none.
SelectInSeq(seq, Test(_)) ==
  LET Hits == {i \in 1..Len(seq) : Test(seq[i])}
  IN  IF Hits = {} THEN 0 ELSE Min(Hits)

\* The same for the subsequence SubSeq(seq, from, to); the index is
\* relative to that subsequence.
SelectInSubSeq(seq, from, to, Test(_)) == SelectInSeq(SubSeq(seq, from, to), Test)

SelectLastInSeq(seq, Test(_)) ==
  LET Hits == {i \in 1..Len(seq) : Test(seq[i])}
  IN  IF Hits = {} THEN 0 ELSE Max(Hits)

SelectLastInSubSeq(seq, from, to, Test(_)) ==
  SelectLastInSeq(SubSeq(seq, from, to), Test)

-----------------------------------------------------------------------------

\* s with e inserted at position i (1 <= i <= Len(s) + 1).
InsertAt(s, i, e) == SubSeq(s, 1, i - 1) \o <<e>> \o SubSeq(s, i, Len(s))

\* s with its i-th element replaced by e.
ReplaceAt(s, i, e) == [s EXCEPT ![i] = e]

\* s without its i-th element.
RemoveAt(s, i) == SubSeq(s, 1, i - 1) \o SubSeq(s, i + 1, Len(s))

\* s without its first element satisfying Test (s itself if there is none).
RemoveFirstMatch(s, Test(_)) ==
  IF \E i \in 1..Len(s) : Test(s[i]) THEN RemoveAt(s, SelectInSeq(s, Test))
                                     ELSE s

\* s without the first occurrence of e (s itself if e does not occur).
RemoveFirst(s, e) == RemoveFirstMatch(s, LAMBDA x : x = e)

-----------------------------------------------------------------------------

\* seq with elt added at its front / at its end.
Cons(elt, seq) == <<elt>> \o seq
Snoc(elt, seq) == Append(seq, elt)

\* All but the last element of s, and the last element of s.
Front(s) == SubSeq(s, 1, Len(s) - 1)
Last(s) == s[Len(s)]

-----------------------------------------------------------------------------

\* s is an initial part of t (strictly: and differs from t).
IsPrefix(s, t) == Len(s) \leq Len(t) /\ s = SubSeq(t, 1, Len(s))
IsStrictPrefix(s, t) == IsPrefix(s, t) /\ s # t

\* s is a final part of t (strictly: and differs from t).
IsSuffix(s, t) ==
  Len(s) \leq Len(t) /\ s = SubSeq(t, Len(t) - Len(s) + 1, Len(t))
IsStrictSuffix(s, t) == IsSuffix(s, t) /\ s # t

\* All prefixes of s, including << >> and s.
Prefixes(s) == {SubSeq(s, 1, k) : k \in 0..Len(s)}

\* The sequences that are prefixes of every sequence in S.
CommonPrefixes(S) ==
  {p \in UNION {Prefixes(t) : t \in S} : \A t \in S : IsPrefix(p, t)}

\* The longest of those.
LongestCommonPrefix(S) ==
  CHOOSE p \in CommonPrefixes(S) : \A q \in CommonPrefixes(S) : Len(q) \leq Len(p)

\* All suffixes of s, including << >> and s.
Suffixes(s) == {SubSeq(s, k, Len(s)) : k \in 1..(Len(s) + 1)}

-----------------------------------------------------------------------------

\* a modulo b, but in the range 1..b (suited for 1-based indices).
SeqMod(a, b) == IF a % b = 0 THEN b ELSE a % b

\* Fold op over the elements of seq, in no particular order.
FoldSeq(op(_, _), base, seq) == FoldFunction(op, base, seq)

\* op(... op(op(base, seq[1]), seq[2]) ..., seq[Len(seq)])
FoldLeft(op(_, _), base, seq) ==
  LET Acc[i \in 0..Len(seq)] == IF i = 0 THEN base ELSE op(Acc[i - 1], seq[i])
  IN  Acc[Len(seq)]

\* op(seq[1], op(seq[2], ... op(seq[Len(seq)], base) ...))
FoldRight(op(_, _), seq, base) ==
  LET Acc[i \in 0..Len(seq)] ==
        IF i = 0 THEN base ELSE op(seq[Len(seq) - i + 1], Acc[i - 1])
  IN  Acc[Len(seq)]

\* Like FoldLeft / FoldRight, but over the indices of seq.
FoldLeftDomain(op(_, _), base, seq) ==
  FoldLeft(op, base, [i \in DOMAIN seq |-> i])
FoldRightDomain(op(_, _), seq, base) ==
  FoldRight(op, [i \in DOMAIN seq |-> i], base)

-----------------------------------------------------------------------------

\* The concatenation of all sequences in the sequence seqs.
FlattenSeq(seqs) == FoldLeft(LAMBDA a, b : a \o b, << >>, seqs)

\* The sequence of pairs <<s[i], t[i]>>, as long as the shorter of s and t.
Zip(s, t) == [i \in 1..Min({Len(s), Len(t)}) |-> <<s[i], t[i]>>]

\* For sequences of equal length n > 0:
\*   << <<s[1]>>, <<t[1]>>, ..., <<s[n]>>, <<t[n]>> >>;
\* for two empty sequences: << <<>>, <<>> >>.
Interleave(s, t) ==
  CASE Len(s) = Len(t) /\ Len(s) > 0 ->
         [i \in 1..(2 * Len(s)) |-> IF i % 2 = 1 THEN <<s[(i + 1) \div 2]>>
                                                  ELSE <<t[i \div 2]>>]
    [] Len(s) = Len(t) /\ Len(s) = 0 -> << << >>, << >> >>

\* All contiguous subsequences of s (including << >>).
SubSeqs(s) == {SubSeq(s, i + 1, j) : i, j \in 0..Len(s)}

\* All subsequences of s, contiguous or not, keeping the order of s.
AllSubSeqs(s) ==
  {(LET idx == SetToSortSeq(D, LAMBDA a, b : a < b)
    IN  [k \in DOMAIN idx |-> s[idx[k]]]) : D \in SUBSET DOMAIN s}

\* The position in t where the first occurrence of s (as a contiguous
\* subsequence) starts.
IndexFirstSubSeq(s, t) ==
  Min({i \in 1..(Len(t) - Len(s) + 1) : SubSeq(t, i, i + Len(s) - 1) = s})

\* t with the Len(s) elements at position i replaced by r.
ReplaceSubSeqAt(i, r, s, t) ==
  SubSeq(t, 1, i - 1) \o r \o SubSeq(t, i + Len(s), Len(t))

\* t with the first occurrence of s replaced by r (t if s does not occur).
ReplaceFirstSubSeq(r, s, t) ==
  IF s \in SubSeqs(t) THEN ReplaceSubSeqAt(IndexFirstSubSeq(s, t), r, s, t)
                      ELSE t

\* t with every occurrence of s replaced by r, scanning from left to right
\* (occurrences do not overlap).  An empty s is "found" before every
\* element of t.
ReplaceAllSubSeqs(r, s, t) ==
  CASE s = t -> r
    [] r = s -> t
    [] Len(s) = 0 -> FoldLeft(LAMBDA acc, x : acc \o r \o <<x>>, << >>, t)
    [] OTHER ->
         \* Rep[i]: the result for the last i elements of t.
         LET Rep[i \in 0..Len(t)] ==
               IF i = 0 THEN << >>
               ELSE LET p == Len(t) - i + 1
                    IN  IF i >= Len(s) /\ SubSeq(t, p, p + Len(s) - 1) = s
                          THEN r \o Rep[i - Len(s)]
                          ELSE <<t[p]>> \o Rep[i - 1]
         IN  Rep[Len(t)]
=============================================================================
