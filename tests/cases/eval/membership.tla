---- MODULE membership ----
EXTENDS Integers, FiniteSets, TLC
Msgs == UNION {[a : Nat], [b : Int]}
Groups == UNION {{1, 2}, {3}}
Evens == UNION {{n \in Nat : n % 2 = 0}}
Picked == UNION {{CHOOSE n \in {1, 2} : n > 5}}
====
# Membership in a constant definition without parameters: decided on its value, computed once
# (as TLC does up front), or from its body when that value cannot be built (an infinite set)
[a |-> 1] \in Msgs  ==>  TRUE
[b |-> -1] \in Msgs  ==>  TRUE
[a |-> -1] \in Msgs  ==>  FALSE
[a |-> 2] \notin Msgs  ==>  FALSE
3 \in Groups  ==>  TRUE
4 \in Groups  ==>  FALSE
\A k \in 1..3 : k \in Groups  ==>  TRUE
4 \in Evens  ==>  TRUE
3 \in Evens  ==>  FALSE
# an error inside the definition is reported where it happens
1 \in Picked  ==>  ERROR eval 6:19
