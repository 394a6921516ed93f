---- MODULE TraceExt ----
\* TLCExt's Trace (the behavior to the state looked at: in an invariant, a CONSTRAINT and an
\* action), AssertError (exp fails to evaluate), TLCEvalDefinition and TLCFP (TLC's
\* TLCExtTrace and TLCExtTest).
EXTENDS Integers, Sequences, TLCExt
VARIABLE x
Init == x = 1
Next == /\ x < 5
        /\ Len(Trace) = x
        /\ x' = x + 1
Inv == /\ Len(Trace) = x
       /\ \A i \in 1..x : Trace[i].x = i
Limit == 4
ASSUME AssertError("any message", <<1, 2>>[3])
ASSUME AssertError("any message", CHOOSE n \in {} : TRUE)
ASSUME ~AssertError("no error", 1 + 1)
ASSUME TLCEvalDefinition("Limit") = 4
ASSUME TLCFP(<<1, 2>>) = TLCFP(<<1, 2>>) /\ TLCFP(1) # TLCFP(2)
====
