------------------------------ MODULE Toolbox -----------------------------
(***************************************************************************)
(* Support for trace exploration: the trace being explored and the        *)
(* position of the current state in it.                                    *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE FiniteSets
LOCAL INSTANCE TLC

\* The explored trace, as a function from positions 1, 2, ... to states.
_TETrace == CHOOSE v : TRUE                    \* native

LOCAL _TETraceLength == Cardinality(DOMAIN _TETrace)

\* The position of the current state in the explored trace.
_TEPosition ==
  IF TLCGet("level") >= _TETraceLength THEN _TETraceLength
  ELSE IF TLCGet("level") = 0 THEN 1 ELSE TLCGet("level")
=============================================================================
