---- MODULE A ----
EXTENDS B
I == INSTANCE B
Val == I!Total
====
