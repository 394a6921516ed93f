---- MODULE Compose ----
(* Action composition A \cdot B: B starts from each state A reaches; TLC counts those middle
   states as generated. Also used as a boolean (an action property over the step). *)
EXTENDS Naturals, TLC
VARIABLES x, y

ASSUME TLCGet("-Dtlc2.tool.impl.Tool.cdot") = "true"

Init == x = 0 /\ y = 0

Add(S) == \E n \in S : x' = x + n /\ y' = y
Double == x' = 2 * x /\ y' = y + 1
Reset == x' = 0 /\ y' = y

Next ==
  \/ x < 20 /\ Add({1, 2}) \cdot Double
  \/ x >= 20 /\ y < 6 /\ Reset \cdot Add({3}) \cdot Add({4, 5})

(* Every step is a composition of some of the three actions (checked on each step). *)
Composed == [][ \/ Add({1, 2}) \cdot Double
                \/ Reset \cdot Add({3}) \cdot Add({4, 5}) ]_<<x, y>>
Bounded == x < 200
OnlyDoubling == [][Add({1, 2}) \cdot Double]_<<x, y>>
====
