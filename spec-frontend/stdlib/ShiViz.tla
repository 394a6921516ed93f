------------------------------ MODULE ShiViz ------------------------------
(***************************************************************************)
(* Support for visualizing traces with ShiViz: for each state of the      *)
(* explored trace, the process (Host) that took the step into it and the  *)
(* vector clock (Clock) of that process.  The process of a step is the one *)
(* whose program counter (variable pc, a function) changed.                *)
(***************************************************************************)
LOCAL INSTANCE Integers
LOCAL INSTANCE Json
LOCAL INSTANCE TLC
INSTANCE Toolbox

\* HostAt[i]: the process that took the step into state i ("--" for the
\* initial state).
LOCAL HostAt ==
  LET H[i \in DOMAIN _TETrace] ==
        IF i = 1 THEN "--"
        ELSE IF _TETrace[i - 1].pc = _TETrace[i].pc THEN H[i - 1]
        ELSE CHOOSE p \in DOMAIN _TETrace[i - 1].pc :
               _TETrace[i - 1].pc[p] # _TETrace[i].pc[p]
  IN  TLCEval(H)

\* The process that took the step into the current state.
Host == HostAt[_TEPosition]

\* The clock increments of the step into state i.
LOCAL Tick(i) ==
  [p \in DOMAIN _TETrace[i].pc |-> IF i > 1 /\ p = HostAt[i] THEN 1 ELSE 0]

\* ClockAt[i]: the vector clock after i states.
LOCAL ClockAt ==
  LET C[i \in DOMAIN _TETrace] ==
        IF i = 1 THEN Tick(1)
        ELSE LET prev == TLCEval(C[i - 1])
             IN  [p \in DOMAIN prev |-> prev[p] + Tick(i)[p]]
  IN  TLCEval(C)

\* The vector clock of the current state, as a JSON object.
Clock == ToJsonObject(ClockAt[_TEPosition])
=============================================================================
