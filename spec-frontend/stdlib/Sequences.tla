---------------------------- MODULE Sequences ---------------------------
(***************************************************************************)
(* Finite sequences.  A sequence of length n is a function whose domain is *)
(* the set 1..n; <<a, b, c>> is the sequence of length 3 with s[1] = a,    *)
(* s[2] = b and s[3] = c.                                                  *)
(***************************************************************************)
LOCAL INSTANCE Naturals

\* The set of all finite sequences whose elements are in S.
Seq(S) == UNION {[1..n -> S] : n \in Nat}

\* The number of elements of sequence s.
Len(s) == CHOOSE n \in Nat : DOMAIN s = 1..n

\* Concatenation: the elements of s followed by the elements of t.
s \o t ==
  [i \in 1..(Len(s) + Len(t)) |-> IF i \leq Len(s) THEN s[i]
                                                   ELSE t[i - Len(s)]]

\* The sequence s extended by the single element e at its end.
Append(s, e) == s \o <<e>>

\* The first element of a non-empty sequence.
Head(s) == s[1]

\* All but the first element of a non-empty sequence.
Tail(s) == [i \in 1..(Len(s) - 1) |-> s[i + 1]]

\* The elements s[m], s[m+1], ..., s[n]; empty when n < m.
SubSeq(s, m, n) == [i \in 1..(1 + n - m) |-> s[m + i - 1]]

\* The subsequence of the elements e of s for which Test(e) holds, in order.
SelectSeq(s, Test(_)) ==
  LET Sel[i \in 0..Len(s)] ==
        IF i = 0 THEN << >>
        ELSE IF Test(s[i]) THEN Append(Sel[i - 1], s[i])
                           ELSE Sel[i - 1]
  IN  Sel[Len(s)]
=============================================================================
