---- MODULE Predict ----
\* A constant that an instance replaces by an action-level expression (as Lamport's Prophecy
\* module's DomPrime), beside definitions that do not use it.
EXTENDS Naturals
CONSTANT DomPrime
NextIs(v) == DomPrime = v
Modulus == 3
Default == 7
====
