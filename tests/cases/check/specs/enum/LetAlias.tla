---- MODULE LetAlias ----
\* A LET definition naming the variable an operator assigns, through parameters: TLC assigns
\* through it (its GitHub issues 798 I and N). Init assigns x via b == a with a bound to x; Next
\* assigns x' and y' via zz == xx with xx bound to x'.
S == {"n1", "n2"}
P(a) == LET b == a IN b \in {1, 2}
Direct(xx, yy) == /\ xx \in [S -> {"a"}]
                  /\ yy \in [S -> S]
                  /\ \A s \in S : xx[s] = "a" => yy[s] = s
InIndirect(xx, yy) == LET zz == xx IN Direct(zz, yy)
VARIABLES x, y
Init == P(x) /\ y = {}
Next == InIndirect(x', y')
====
