---- MODULE MCBase ----
\* The .cfg replaces Allowed by Looser, which calls B!Allowed: through the named instance that
\* is the original Allowed (as in TLC), not Looser again (which recursed without end).
EXTENDS Base
Looser(v) == LET B == INSTANCE Base IN B!Allowed(v) \/ v = 2
====
