---------------------------- MODULE RealTime ----------------------------
(***************************************************************************)
(* Real-time constraints, with the variable now standing for the current   *)
(* time (as in chapter 9 of "Specifying Systems").                         *)
(***************************************************************************)
EXTENDS Reals

VARIABLE now

\* Action <<A>>_v must be continuously enabled for at least D time units
\* before it can occur, and it cannot stay continuously enabled for more
\* than E time units without occurring.  A hidden timer t measures how long
\* <<A>>_v has been continuously enabled.
RTBound(A, v, D, E) ==
  LET TimerNext(t) == t' = IF <<A>>_v \/ ~(ENABLED <<A>>_v)'
                              THEN 0
                              ELSE t + (now' - now)
      Timer(t)     == (t = 0) /\ [][TimerNext(t)]_<<t, v, now>>
      UpperBound(t) == [](t \leq E)
      LowerBound(t) == [][A => t \geq D]_v
  IN  \EE t : Timer(t) /\ UpperBound(t) /\ LowerBound(t)

\* now is a real number that only increases, never changes together with
\* v, and grows without bound.
RTnow(v) ==
  LET Tick == /\ now' \in {r \in Real : r > now}
              /\ UNCHANGED v
  IN  /\ now \in Real
      /\ [][Tick]_now
      /\ \A r \in Real : WF_now(Tick /\ (now' > r))
=============================================================================
