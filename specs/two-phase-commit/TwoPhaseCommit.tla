---------------------------- MODULE TwoPhaseCommit ----------------------------
(***************************************************************************)
(* Two-phase commit of one transaction across a set of resource managers  *)
(* (RMs), coordinated by a transaction manager (TM).                       *)
(*                                                                         *)
(* Phase 1: the TM broadcasts Prepare. Each RM that is still working      *)
(* either prepares (and answers Prepared) or refuses (and answers         *)
(* Refused). An RM may also refuse on its own before it sees Prepare.      *)
(* Phase 2: once every RM has answered Prepared the TM may commit and     *)
(* broadcast Commit; if some RM refused, or the TM gives up waiting, it   *)
(* aborts and broadcasts Abort. RMs apply whichever decision they receive. *)
(*                                                                         *)
(* Messages are kept in a set that only grows: a message, once sent, can   *)
(* be received any number of times and in any order, which covers loss    *)
(* of ordering and duplication. (Loss is covered by simply never           *)
(* receiving it.)                                                          *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets, TLC

CONSTANT
    \* @type: Set(RM);
    RM              \* the resource managers

ASSUME RM # {}

\* Message kinds. Votes carry the RM that sent them; Prepare and the
\* decisions are broadcasts from the TM.
Messages ==
    [type : {"Prepared", "Refused"}, rm : RM] \cup
    [type : {"Prepare", "Commit", "Abort"}]

RMStates == {"working", "prepared", "committed", "aborted"}
TMStates == {"init", "preparing", "committed", "aborted"}

VARIABLES
    \* @type: RM -> Str;
    rmState,        \* the state of each RM
    \* @type: Str;
    tmState,        \* the state of the TM
    \* @type: Set(RM);
    tmPrepared,     \* the RMs from which the TM has received Prepared
    \* @type: Set([type: Str, rm: RM]);
    msgs            \* every message sent so far

vars == <<rmState, tmState, tmPrepared, msgs>>

Send(m) == msgs' = msgs \cup {m}

-----------------------------------------------------------------------------

TypeOK ==
    /\ rmState \in [RM -> RMStates]
    /\ tmState \in TMStates
    /\ tmPrepared \subseteq RM
    /\ msgs \subseteq Messages

Init ==
    /\ rmState = [r \in RM |-> "working"]
    /\ tmState = "init"
    /\ tmPrepared = {}
    /\ msgs = {}

(* The transaction manager. *)

\* Start phase 1.
TMPrepare ==
    /\ tmState = "init"
    /\ tmState' = "preparing"
    /\ Send([type |-> "Prepare"])
    /\ UNCHANGED <<rmState, tmPrepared>>

\* Record a yes vote.
TMRcvPrepared(r) ==
    /\ tmState = "preparing"
    /\ [type |-> "Prepared", rm |-> r] \in msgs
    /\ tmPrepared' = tmPrepared \cup {r}
    /\ UNCHANGED <<rmState, tmState, msgs>>

\* Every RM voted yes: commit.
TMCommit ==
    /\ tmState = "preparing"
    /\ tmPrepared = RM
    /\ tmState' = "committed"
    /\ Send([type |-> "Commit"])
    /\ UNCHANGED <<rmState, tmPrepared>>

\* Some RM voted no: abort.
TMRcvRefused(r) ==
    /\ tmState = "preparing"
    /\ [type |-> "Refused", rm |-> r] \in msgs
    /\ tmState' = "aborted"
    /\ Send([type |-> "Abort"])
    /\ UNCHANGED <<rmState, tmPrepared>>

\* The TM times out before it has decided, and aborts.
TMTimeout ==
    /\ tmState \in {"init", "preparing"}
    /\ tmState' = "aborted"
    /\ Send([type |-> "Abort"])
    /\ UNCHANGED <<rmState, tmPrepared>>

(* The resource managers. *)

\* r has seen Prepare and votes yes.
RMPrepare(r) ==
    /\ rmState[r] = "working"
    /\ [type |-> "Prepare"] \in msgs
    /\ rmState' = [rmState EXCEPT ![r] = "prepared"]
    /\ Send([type |-> "Prepared", rm |-> r])
    /\ UNCHANGED <<tmState, tmPrepared>>

\* r votes no (or aborts unilaterally before it was asked).
RMRefuse(r) ==
    /\ rmState[r] = "working"
    /\ rmState' = [rmState EXCEPT ![r] = "aborted"]
    /\ Send([type |-> "Refused", rm |-> r])
    /\ UNCHANGED <<tmState, tmPrepared>>

RMRcvCommit(r) ==
    /\ rmState[r] = "prepared"
    /\ [type |-> "Commit"] \in msgs
    /\ rmState' = [rmState EXCEPT ![r] = "committed"]
    /\ UNCHANGED <<tmState, tmPrepared, msgs>>

RMRcvAbort(r) ==
    /\ rmState[r] \in {"working", "prepared"}
    /\ [type |-> "Abort"] \in msgs
    /\ rmState' = [rmState EXCEPT ![r] = "aborted"]
    /\ UNCHANGED <<tmState, tmPrepared, msgs>>

\* Every participant has reached its final state; the protocol is over.
Finished ==
    /\ tmState \in {"committed", "aborted"}
    /\ \A r \in RM : rmState[r] \in {"committed", "aborted"}

\* Stuttering once the protocol is over, so that the end is not reported
\* as a deadlock.
Done ==
    /\ Finished
    /\ UNCHANGED vars

Next ==
    \/ TMPrepare
    \/ TMCommit
    \/ TMTimeout
    \/ \E r \in RM :
        \/ TMRcvPrepared(r)
        \/ TMRcvRefused(r)
        \/ RMPrepare(r)
        \/ RMRefuse(r)
        \/ RMRcvCommit(r)
        \/ RMRcvAbort(r)
    \/ Done

Spec == Init /\ [][Next]_vars

\* Weak fairness on every step makes the protocol terminate.
FairSpec == Spec /\ WF_vars(Next)

-----------------------------------------------------------------------------
(* Properties.                                                             *)

\* No RM has committed while another has aborted.
Consistency ==
    \A r1, r2 \in RM : ~(rmState[r1] = "committed" /\ rmState[r2] = "aborted")

\* RMs only commit after the TM decided to commit, the TM only commits once
\* every RM is prepared (or already committed), and until the TM aborts an
\* RM it counts as prepared really is prepared.
DecisionRespected ==
    /\ (\E r \in RM : rmState[r] = "committed") => tmState = "committed"
    /\ tmState = "committed" => \A r \in RM : rmState[r] \in {"prepared", "committed"}
    /\ tmState # "aborted" =>
          tmPrepared \subseteq {r \in RM : rmState[r] \in {"prepared", "committed"}}

\* Under fairness every run ends with all RMs decided.
Termination == <>Finished

THEOREM Spec => [](TypeOK /\ Consistency)
=============================================================================
