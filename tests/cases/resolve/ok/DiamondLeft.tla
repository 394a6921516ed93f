---- MODULE DiamondLeft ----
EXTENDS DiamondBase
Left == Base /\ state = 0
====
