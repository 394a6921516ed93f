---- MODULE InitParameter ----
\* Initial predicates written with a parameter bound to the variable (`Pick(s, S)`): each
\* binding of the \E assigns s anew, so `var` must be read again, not remembered from the first
\* binding.
EXTENDS Integers
VARIABLE s
Min(S) == CHOOSE e \in S : \A a \in S : e <= a
Pick(var, S) == \E v \in S : var = v /\ var > Min(S)
Above(var, S) == var \in S /\ var > Min(S)
Next1(var, S, n) == var \in S /\ var + 1 = n
Init == \/ Pick(s, {0, 1, 2})
        \/ Above(s, {4, 5, 6})
        \/ Next1(s, {8, 9}, 10)
Next == s > 0 /\ s' = s - 1
====
