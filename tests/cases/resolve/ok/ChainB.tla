---- MODULE ChainB ----
EXTENDS ChainA
B == A + 1
====
