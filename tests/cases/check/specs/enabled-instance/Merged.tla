---- MODULE Merged ----
\* I!Both is TRUE: ENABLED, written in Pair, gives x' and y' values of their own (Specifying
\* Systems, section 17.8); substituting z' for both would make it FALSE. I!Differ is FALSE, since
\* the unprimed x and y both stand for z.
EXTENDS Naturals
VARIABLE z
I == INSTANCE Pair WITH x <- z, y <- z
Init == z = 0
Next == z' = 1 - z
Spec == Init /\ [][Next]_z
Invariant == I!Both /\ ~I!Differ
====
