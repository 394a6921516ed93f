---- MODULE DiamondBase ----
EXTENDS Naturals
CONSTANT Limit
VARIABLE state
Base == state < Limit
====
