------------------------------ MODULE TraceRaft ------------------------------
(***************************************************************************)
(* Trace validation for Raft: checks that a log written by an             *)
(* implementation is a behavior of the Raft spec.                          *)
(*                                                                         *)
(* The log is newline-delimited JSON, one event per line, each line the   *)
(* record of one Raft step at one node. Every line has                    *)
(*   "event"  the name of the Raft action (below),                        *)
(*   "nid"    the node that took the step,                                *)
(* and may have the node's state after the step, each field optional:    *)
(*   "term", "role" ("Follower"|"Candidate"|"Leader"), "vote" ("" for     *)
(*   nobody), "commit" (commit index), "loglen" (log length).             *)
(* Steps that send or receive a message carry it as "msg": "type",        *)
(* "from", "to", "term", plus, also optional, the fields of its type:     *)
(*   RequestVoteRequest:    "lastLogIndex", "lastLogTerm"                 *)
(*   RequestVoteResponse:   "granted"                                     *)
(*   AppendEntriesRequest:  "prevLogIndex", "prevLogTerm", "entries"      *)
(*                          (number of entries), "commit"                 *)
(*   AppendEntriesResponse: "success", "matchIndex"                       *)
(* A ClientRequest line may name the "value" appended.                    *)
(*                                                                         *)
(* Every line must match exactly one step of the spec, in order; the      *)
(* variable l is the number of the next line to match, so in a breadth-   *)
(* first search it equals TLCGet("level"). TLC accepts the trace when the *)
(* search reaches depth Len(TraceLog) + 1 (see TraceAccepted).            *)
(*                                                                         *)
(* Run: JSON=example.ndjson tlc -config TraceRaft.cfg TraceRaft            *)
(***************************************************************************)
EXTENDS Raft, Json, IOUtils, Sequences, TLC

\* Trace validation relies on breadth-first search: the first behavior to
\* reach a depth is as good as any other.
ASSUME TLCGet("config").mode = "bfs"

JsonFile ==
    IF "JSON" \in DOMAIN IOEnv THEN IOEnv.JSON ELSE "./example.ndjson"

TraceLog == TLCEval(ndJsonDeserialize(JsonFile))

-----------------------------------------------------------------------------
(* Constants derived from the trace (bound in TraceRaft.cfg with <-).      *)

\* Every node named anywhere in the log. A trace must mention every member
\* of the cluster, or the quorum size will be wrong.
TraceServer ==
    TLCEval(UNION {
        {TraceLog[k].nid} \cup
            (IF "msg" \in DOMAIN TraceLog[k]
                THEN {TraceLog[k].msg.from, TraceLog[k].msg.to}
                ELSE {})
        : k \in DOMAIN TraceLog })

\* The values clients appended, or a placeholder if the log names none.
TraceValue ==
    LET logged == {TraceLog[k].value :
                     k \in {n \in DOMAIN TraceLog :
                               /\ TraceLog[n].event = "ClientRequest"
                               /\ "value" \in DOMAIN TraceLog[n]}}
    IN  TLCEval(IF logged = {} THEN {"v"} ELSE logged)

\* The log writes "" for "voted for nobody".
TraceNil == ""

-----------------------------------------------------------------------------

\* The number of the next line of the log to match.
VARIABLE
    \* @type: Int;
    l

traceVars == <<vars, l>>

logline == TraceLog[l]

IsEvent(e) ==
    /\ l <= Len(TraceLog)
    /\ logline.event = e

\* An optional field f of record r equals x: true if r does not have f.
Opt(r, f, x) == f \notin DOMAIN r \/ r[f] = x

\* Spec message m is the message lm described in the log.
MsgMatches(m, lm) ==
    /\ m.mtype = lm.type
    /\ m.msource = lm.from
    /\ m.mdest = lm.to
    /\ m.mterm = lm.term
    /\ CASE m.mtype = RequestVoteRequest ->
                /\ Opt(lm, "lastLogIndex", m.mlastLogIndex)
                /\ Opt(lm, "lastLogTerm", m.mlastLogTerm)
         [] m.mtype = RequestVoteResponse ->
                Opt(lm, "granted", m.mvoteGranted)
         [] m.mtype = AppendEntriesRequest ->
                /\ Opt(lm, "prevLogIndex", m.mprevLogIndex)
                /\ Opt(lm, "prevLogTerm", m.mprevLogTerm)
                /\ Opt(lm, "entries", Len(m.mentries))
                /\ Opt(lm, "commit", m.mcommitIndex)
         [] m.mtype = AppendEntriesResponse ->
                /\ Opt(lm, "success", m.msuccess)
                /\ Opt(lm, "matchIndex", m.mmatchIndex)

\* The step sent (one more copy of) the message the line describes.
SentLoggedMessage ==
    \E m \in BagToSet(messages') :
        /\ MsgMatches(m, logline.msg)
        /\ CopiesIn(m, messages') > CopiesIn(m, messages)

\* The message the line says node nid received: some message in flight to
\* nid that matches it. Handler(m) is the spec action that consumes it.
ReceivedLoggedMessage(Handler(_)) ==
    \E m \in BagToSet(messages) :
        /\ m.mdest = logline.nid
        /\ MsgMatches(m, logline.msg)
        /\ Handler(m)

-----------------------------------------------------------------------------
(* One Raft step per log line.                                             *)

TraceTimeout ==
    /\ IsEvent("Timeout")
    /\ Timeout(logline.nid)

TraceRestart ==
    /\ IsEvent("Restart")
    /\ Restart(logline.nid)

TraceRequestVote ==
    /\ IsEvent("RequestVote")
    /\ logline.msg.from = logline.nid
    /\ RequestVote(logline.msg.from, logline.msg.to)
    /\ SentLoggedMessage

TraceBecomeLeader ==
    /\ IsEvent("BecomeLeader")
    /\ BecomeLeader(logline.nid)

TraceClientRequest ==
    /\ IsEvent("ClientRequest")
    /\ \E v \in Value :
          /\ Opt(logline, "value", v)
          /\ ClientRequest(logline.nid, v)

TraceAppendEntries ==
    /\ IsEvent("AppendEntries")
    /\ logline.msg.from = logline.nid
    /\ AppendEntries(logline.msg.from, logline.msg.to)
    /\ SentLoggedMessage

TraceAdvanceCommitIndex ==
    /\ IsEvent("AdvanceCommitIndex")
    /\ AdvanceCommitIndex(logline.nid)

TraceUpdateTerm ==
    /\ IsEvent("UpdateTerm")
    /\ ReceivedLoggedMessage(LAMBDA m : UpdateTerm(m.mdest, m.msource, m))

TraceHandleRequestVoteRequest ==
    /\ IsEvent("HandleRequestVoteRequest")
    /\ ReceivedLoggedMessage(LAMBDA m :
           /\ m.mtype = RequestVoteRequest
           /\ HandleRequestVoteRequest(m.mdest, m.msource, m))

TraceHandleRequestVoteResponse ==
    /\ IsEvent("HandleRequestVoteResponse")
    /\ ReceivedLoggedMessage(LAMBDA m :
           /\ m.mtype = RequestVoteResponse
           /\ HandleRequestVoteResponse(m.mdest, m.msource, m))

TraceHandleAppendEntriesRequest ==
    /\ IsEvent("HandleAppendEntriesRequest")
    /\ ReceivedLoggedMessage(LAMBDA m :
           /\ m.mtype = AppendEntriesRequest
           /\ HandleAppendEntriesRequest(m.mdest, m.msource, m))

TraceHandleAppendEntriesResponse ==
    /\ IsEvent("HandleAppendEntriesResponse")
    /\ ReceivedLoggedMessage(LAMBDA m :
           /\ m.mtype = AppendEntriesResponse
           /\ HandleAppendEntriesResponse(m.mdest, m.msource, m))

TraceDropStaleResponse ==
    /\ IsEvent("DropStaleResponse")
    /\ ReceivedLoggedMessage(LAMBDA m :
           /\ m.mtype \in {RequestVoteResponse, AppendEntriesResponse}
           /\ DropStaleResponse(m.mdest, m.msource, m))

\* The state the line reports for its node holds after the step.
ValidatePostState ==
    LET i == logline.nid
    IN  /\ Opt(logline, "term", currentTerm'[i])
        /\ Opt(logline, "role", state'[i])
        /\ Opt(logline, "vote", votedFor'[i])
        /\ Opt(logline, "commit", commitIndex'[i])
        /\ Opt(logline, "loglen", Len(log'[i]))

-----------------------------------------------------------------------------

TraceInit ==
    /\ Init
    /\ l = 1

TraceNext ==
    /\ l <= Len(TraceLog)
    /\ l = TLCGet("level")
    /\ \/ TraceTimeout
       \/ TraceRestart
       \/ TraceRequestVote
       \/ TraceBecomeLeader
       \/ TraceClientRequest
       \/ TraceAppendEntries
       \/ TraceAdvanceCommitIndex
       \/ TraceUpdateTerm
       \/ TraceHandleRequestVoteRequest
       \/ TraceHandleRequestVoteResponse
       \/ TraceHandleAppendEntriesRequest
       \/ TraceHandleAppendEntriesResponse
       \/ TraceDropStaleResponse
    /\ ValidatePostState
    /\ l' = l + 1

TraceSpec == TraceInit /\ [][TraceNext]_traceVars

\* Two search states are the same when the Raft state and the position in
\* the log are.
TraceView == <<vars, l>>

\* Checked after the search: some behavior consumed every line. If not, the
\* deepest level reached tells which line no step could match.
TraceAccepted ==
    LET d == TLCGet("stats").diameter
    IN  IF d - 1 = Len(TraceLog)
        THEN TRUE
        ELSE Print(<<"Trace rejected: no Raft step matches line", d,
                     TraceLog[d]>>, FALSE)

\* The safety properties of Raft hold along the trace as well.
TraceSafety == ElectionSafety /\ LogMatching /\ CommittedLogsAgree
=============================================================================
