---- MODULE DiamondRight ----
EXTENDS DiamondBase
Right == Base \/ state = Limit
====
