---------------------------- MODULE Toggle ----------------------------
(* Finish is enabled only while b is TRUE, and Flip keeps changing b: weak fairness of Finish
   does not force it (it is not continuously enabled), strong fairness does. *)
VARIABLES b, done
vars == <<b, done>>
Init == b = FALSE /\ done = FALSE
Flip == b' = ~b /\ UNCHANGED done
Finish == b /\ ~done /\ done' = TRUE /\ UNCHANGED b
Next == Flip \/ Finish

WeakSpec == Init /\ [][Next]_vars /\ WF_vars(Flip) /\ WF_vars(Finish)
StrongSpec == Init /\ [][Next]_vars /\ WF_vars(Flip) /\ SF_vars(Finish)
NoFairSpec == Init /\ [][Next]_vars
OftenFlipSpec == Init /\ [][Next]_vars /\ []<><<Flip>>_vars

EventuallyDone == <>done
FlipsForever == []<><<Flip>>_vars
BLeadsToDone == b ~> done
DoneStays == <>[]done
FinishStrong == SF_vars(Finish)
OnlyFlipsLater == <>[][Flip]_vars
OnlyFinishLater == <>[][Finish]_vars
BLeadsToDoneForever == b ~> []done
NeverDone == ~<>done
NotAlwaysUndone == ~[](~done)
FromNotB == ~b => [](~done)
FromB == b => [](~done)
=======================================================================
