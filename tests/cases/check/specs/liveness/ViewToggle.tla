---------------------------- MODULE ViewToggle ----------------------------
(* Toggle with a step counter the VIEW leaves out: liveness is checked on the graph of the
   first state found per VIEW value, as TLC does. *)
EXTENDS Naturals
VARIABLES b, done, n
vars == <<b, done, n>>
Init == b = FALSE /\ done = FALSE /\ n = 0
Flip == b' = ~b /\ n' = (n + 1) % 3 /\ UNCHANGED done
Finish == b /\ ~done /\ done' = TRUE /\ n' = (n + 1) % 3 /\ UNCHANGED b
Next == Flip \/ Finish
WeakSpec == Init /\ [][Next]_vars /\ WF_vars(Flip) /\ WF_vars(Finish)
StrongSpec == Init /\ [][Next]_vars /\ WF_vars(Flip) /\ SF_vars(Finish)
Visible == <<b, done>>
EventuallyDone == <>done
==========================================================================
