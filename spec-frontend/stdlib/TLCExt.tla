------------------------------ MODULE TLCExt -----------------------------
(***************************************************************************)
(* Further TLC operators.  Most of them inspect or steer the model checker *)
(* itself and are evaluated natively by Vouch.                             *)
(***************************************************************************)
LOCAL INSTANCE TLC
LOCAL INSTANCE Integers

\* Equals a = b; when the two differ, both values are reported.
AssertEq(a, b) == a = b                        \* native (reports on failure)

\* TRUE if evaluating exp fails with the error message err (in Vouch: if it
\* fails; its messages are not worded as TLC's).
AssertError(err, exp) == CHOOSE v : TRUE       \* native

\* The value of TLC register key, or defaultVal if it was never set.
TLCGetOrDefault(key, defaultVal) == CHOOSE v : TRUE   \* native

\* Equals the old value of register key (defaultVal if unset) and sets the
\* register to Op(old value, val).
TLCGetAndSet(key, Op(_, _), val, defaultVal) ==
  LET oldVal == TLCGetOrDefault(key, defaultVal)
  IN CHOOSE v \in {oldVal} : TLCSet(key, Op(oldVal, val))

\* The sequence of states from an initial state to the current one.
Trace == CHOOSE v : TRUE                       \* native

\* In a POSTCONDITION: the counterexample found, as a graph
\* [state |-> ..., action |-> ...].
CounterExample == CHOOSE v : TRUE              \* native

\* The counterexample CE as a sequence of states.
ToTrace(CE) == CHOOSE v : TRUE                 \* native

\* The (typed) model value with name str.
TLCModelValue(str) == CHOOSE v : TRUE          \* native

\* Evaluates expression later (or never); equals TRUE.
TLCDefer(expression) == TRUE                   \* native

\* Equals val; a hook for debugging the evaluator.
TLCNoOp(val) == val

\* Interactive choice of successor states when exp is FALSE.
PickSuccessor(exp) == CHOOSE v : TRUE          \* native

\* Equals expression; its value may be cached per value of closure.
TLCCache(expression, closure) == expression

\* The fingerprint TLC computes for the value of var.
TLCFP(var) == CHOOSE v : TRUE                  \* native

\* The value of the definition whose name is the string definitionName.
TLCEvalDefinition(definitionName) == CHOOSE v : TRUE   \* native
=============================================================================
