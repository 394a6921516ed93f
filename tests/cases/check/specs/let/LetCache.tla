---- MODULE LetCache ----
\* LET definitions are evaluated once per evaluation of their LET: in the initial predicate a
\* LET over a variable being assigned, in the next-state action one over the current state and
\* one over a primed variable (which must not be cached across branches).
EXTENDS Naturals
VARIABLES x, y
Init == LET s == {0, 1} IN /\ x \in s
                            /\ LET t == x + 1 IN y = t
Next == LET d == x + y IN
          \E k \in {d, d + 1} : /\ x' = k % 3
                                /\ LET e == x' IN y' = (e + d) % 4
====
