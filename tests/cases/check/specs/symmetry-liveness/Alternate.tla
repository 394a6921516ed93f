---- MODULE Alternate ----
\* x moves between the elements of S, weakly fairly: every element is visited infinitely often.
\* Under SYMMETRY Permutations(S) the orbit graph has one state, whose only behavior stays there,
\* so \A i \in S : []<>(x = i) looks violated on it; the spec's own behaviors satisfy it
\* (TLC's April22, one of the tests it ignores because TLC answers it wrongly). Without fairness
\* the property is violated indeed (x may stay where it is).
EXTENDS TLC
CONSTANT S
VARIABLE x
Init == x \in S
Next == x' \in S \ {x}
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Live == \A i \in S : []<>(x = i)
Unfair == Init /\ [][Next]_x
Symm == Permutations(S)
====
