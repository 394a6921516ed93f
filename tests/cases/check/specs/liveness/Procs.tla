------------------------------ MODULE Procs ------------------------------
(* Processes cycle through idle, busy and done. Fairness per process (\A p : WF) makes every
   process progress; fairness of Next as a whole lets one process starve the others. *)
CONSTANT Procs
VARIABLE pc
vars == <<pc>>
Init == pc = [p \in Procs |-> "idle"]
Start(p) == pc[p] = "idle" /\ pc' = [pc EXCEPT ![p] = "busy"]
Stop(p) == pc[p] = "busy" /\ pc' = [pc EXCEPT ![p] = "done"]
Reset(p) == pc[p] = "done" /\ pc' = [pc EXCEPT ![p] = "idle"]
Step(p) == Start(p) \/ Stop(p) \/ Reset(p)
Next == \E p \in Procs : Step(p)

PerProcess == Init /\ [][Next]_vars /\ \A p \in Procs : WF_vars(Step(p))
AsAWhole == Init /\ [][Next]_vars /\ WF_vars(Next)
NoFairness == Init /\ [][Next]_vars

AllGetDone == \A p \in Procs : <>(pc[p] = "done")
AllBusyOften == \A p \in Procs : []<>(pc[p] = "busy")
BusyLeadsToDone == \A p \in Procs : pc[p] = "busy" ~> pc[p] = "done"
NeverStuck == \A p \in Procs : <>[](pc[p] = "idle")
AlwaysTyped == \A p \in Procs : [](pc[p] \in {"idle", "busy", "done"})
NeverDone == \A p \in Procs : [](pc[p] # "done")
SomeBusyOften == \E p \in Procs : []<>(pc[p] = "busy")
SomeDone == \E p \in Procs : <>(pc[p] = "done")
==========================================================================
