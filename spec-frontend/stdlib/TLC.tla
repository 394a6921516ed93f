------------------------------- MODULE TLC ------------------------------
(***************************************************************************)
(* Operators of the TLC model checker.  Those with side effects (printing, *)
(* TLC registers, randomness, ...) are evaluated natively by Vouch; their  *)
(* bodies below only state the value they return, where that is defined.   *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE Sequences
LOCAL INSTANCE FiniteSets

\* Equals val; evaluating it prints out and val.
Print(out, val) == val                 \* native (prints)

\* Equals TRUE; evaluating it prints out.
PrintT(out) == TRUE                    \* native (prints)

\* Equals TRUE if cond is TRUE; otherwise evaluation fails with message out.
Assert(cond, out) ==                   \* native (reports out on failure)
  IF cond = TRUE THEN TRUE ELSE CHOOSE v : TRUE

\* The current wall-clock time, in milliseconds.
JavaTime == CHOOSE v : TRUE            \* native

\* Reading and writing TLC's registers (also named registers such as
\* "level", "config", "stats" ...).
TLCGet(key) == CHOOSE v : TRUE         \* native
TLCSet(key, val) == TRUE               \* native (writes a register)

\* The function mapping the single value d to e.
d :> e == [x \in {d} |-> e]

\* Function merge: like f where f is defined, like g elsewhere.
f @@ g == [x \in (DOMAIN f) \cup (DOMAIN g) |->
             IF x \in DOMAIN f THEN f[x] ELSE g[x]]

\* The set of all permutations of the set S.
Permutations(S) == {f \in [S -> S] : \A y \in S : \E x \in S : f[x] = y}

\* The sequence s sorted according to the order Op (Op(a, b) means that a
\* comes before b).
SortSeq(s, Op(_, _)) ==
  LET Perm == CHOOSE p \in Permutations(1..Len(s)) :
                \A i, j \in 1..Len(s) :
                   i < j => Op(s[p[i]], s[p[j]]) \/ s[p[i]] = s[p[j]]
  IN  [i \in 1..Len(s) |-> s[Perm[i]]]

\* A pseudo-randomly chosen element of S.
RandomElement(S) == CHOOSE x \in S : TRUE   \* native (random choice)

\* A value that is an element of every set, for TLC.
Any == CHOOSE v : TRUE                 \* native

\* The string TLC uses to print the value of val.
ToString(val) == CHOOSE v : TRUE       \* native

\* Equals val; forces TLC to evaluate val eagerly.
TLCEval(val) == val
=============================================================================
