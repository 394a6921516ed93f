---------------------------- MODULE VectorClocks ----------------------------
(***************************************************************************)
(* Vector clocks and causal order of logs.  A vector clock is a function   *)
(* from nodes to naturals; missing entries count as 0.                     *)
(***************************************************************************)
EXTENDS Naturals, Sequences, Functions

\* Clocks c1, c2 over the same domain: some entry is smaller and another
\* larger in c1 than in c2.
LOCAL Concurrent(c1, c2) ==
  \E i, j \in DOMAIN c1 : i # j /\ c1[i] < c2[i] /\ c1[j] > c2[j]

\* c1 is below c2 at every entry and strictly below at some entry.
LOCAL HappenedBefore(c1, c2) ==
  /\ \A i \in DOMAIN c1 : c1[i] <= c2[i]
  /\ \E i \in DOMAIN c1 : c1[i] < c2[i]

\* No entry of log happened after a later entry, where clock(entry) is the
\* vector clock of an entry.
IsCausalOrder(log, clock(_)) ==
  \A i \in 1..Len(log) : \A j \in 1..(i - 1) :
    LET D     == DOMAIN clock(log[i]) \cup DOMAIN clock(log[j])
        Pad(c) == [d \in D |-> IF d \in DOMAIN c THEN c[d] ELSE 0]
        ci    == Pad(clock(log[i]))
        cj    == Pad(clock(log[j]))
    IN  HappenedBefore(cj, ci) \/ Concurrent(cj, ci)

\* A reordering of log that is in causal order, where clock(entry) is the
\* vector clock of an entry, node(entry) the node that logged it, and
\* domain(clock) the nodes with an entry in clock (the reordering itself is
\* computed natively).
CausalOrder(log, clock(_), node(_), domain(_)) ==
  CHOOSE newlog \in {f \in [1..Len(log) -> Range(log)] : Range(f) = Range(log)} :
    IsCausalOrder(newlog, clock)
=============================================================================
