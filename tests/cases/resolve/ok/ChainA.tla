---- MODULE ChainA ----
EXTENDS Naturals
A == 1
====
