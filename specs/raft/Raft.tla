--------------------------------- MODULE Raft ---------------------------------
(***************************************************************************)
(* The Raft consensus algorithm: leader election and log replication.     *)
(*                                                                         *)
(* The shape follows the usual TLA+ Raft specifications (and etcd's       *)
(* etcdraft.tla): the network is a bag of messages, so a message can be   *)
(* delivered out of order, dropped, or duplicated; every handler consumes *)
(* one message and at most sends one reply. A node whose term is behind  *)
(* the term of a message first steps to that term (UpdateTerm) without    *)
(* consuming the message, and then handles it in a separate step.         *)
(*                                                                         *)
(* Simplifications, chosen to keep the model small:                       *)
(*  - the cluster membership is fixed (no configuration changes);         *)
(*  - a candidate votes for itself when it times out;                     *)
(*  - AppendEntries carries at most one entry;                            *)
(*  - there are no snapshots, heartbeats are AppendEntries with no entry. *)
(*                                                                         *)
(* For model checking, StateConstraint bounds terms, log length, the      *)
(* copies of one message and the messages in flight; the protocol itself  *)
(* is unbounded.                                                           *)
(***************************************************************************)
EXTENDS Naturals, Integers, Sequences, FiniteSets, Bags, TLC

CONSTANTS
    \* @type: Set(SERVER);
    Server,         \* the servers of the cluster
    \* @type: Set(VALUE);
    Value,          \* the values clients can ask to append
    \* @type: SERVER;
    Nil,            \* "nobody", e.g. votedFor of a node that has not voted
    \* @type: Int;
    MaxTerm,        \* StateConstraint: terms never exceed this
    \* @type: Int;
    MaxLogLen,      \* StateConstraint: logs never exceed this length
    \* @type: Int;
    MaxCopies,      \* StateConstraint: copies of one message in flight
    \* @type: Int;
    MaxInFlight     \* StateConstraint: messages in flight, all copies counted

ASSUME /\ Server # {}
       /\ Nil \notin Server
       /\ MaxTerm \in Nat
       /\ MaxLogLen \in Nat
       /\ MaxCopies \in Nat \ {0}
       /\ MaxInFlight \in Nat

\* Server states. Strings, so that a trace can name them directly.
Follower  == "Follower"
Candidate == "Candidate"
Leader    == "Leader"

\* Message types.
RequestVoteRequest    == "RequestVoteRequest"
RequestVoteResponse   == "RequestVoteResponse"
AppendEntriesRequest  == "AppendEntriesRequest"
AppendEntriesResponse == "AppendEntriesResponse"

-------------------------------------------------------------------------------
(* Variables.                                                              *)

\* The network: a bag (a function from message to number of copies).
VARIABLE
    \* @type: $message -> Int;
    messages

\* Per-server persistent state.
VARIABLES
    \* @type: SERVER -> Int;
    currentTerm,
    \* @type: SERVER -> Str;
    state,
    \* @type: SERVER -> SERVER;
    votedFor
serverVars == <<currentTerm, state, votedFor>>

\* The log and how much of it is known committed.
VARIABLES
    \* @type: SERVER -> Seq({ term: Int, value: VALUE });
    log,
    \* @type: SERVER -> Int;
    commitIndex
logVars == <<log, commitIndex>>

\* Candidate bookkeeping for the current election.
VARIABLES
    \* @type: SERVER -> Set(SERVER);
    votesResponded,
    \* @type: SERVER -> Set(SERVER);
    votesGranted
candidateVars == <<votesResponded, votesGranted>>

\* Leader bookkeeping for each follower.
VARIABLES
    \* @type: SERVER -> (SERVER -> Int);
    nextIndex,
    \* @type: SERVER -> (SERVER -> Int);
    matchIndex
leaderVars == <<nextIndex, matchIndex>>

vars == <<messages, serverVars, logVars, candidateVars, leaderVars>>

-------------------------------------------------------------------------------
(* Helpers.                                                                *)

\* Sets with more than half of the servers.
Quorum == {Q \in SUBSET Server : Cardinality(Q) * 2 > Cardinality(Server)}

\* The term of the last entry of a log, 0 for an empty log.
LastTerm(xlog) == IF Len(xlog) = 0 THEN 0 ELSE xlog[Len(xlog)].term

Min(S) == CHOOSE x \in S : \A y \in S : x <= y
Max(S) == CHOOSE x \in S : \A y \in S : x >= y

\* Network operations on the bag.
Send(m) == messages' = messages (+) SetToBag({m})
Discard(m) == messages' = messages (-) SetToBag({m})
Reply(response, request) ==
    messages' = (messages (-) SetToBag({request})) (+) SetToBag({response})

-------------------------------------------------------------------------------
(* Initial state.                                                          *)

InitServerVars ==
    /\ currentTerm = [i \in Server |-> 0]
    /\ state       = [i \in Server |-> Follower]
    /\ votedFor    = [i \in Server |-> Nil]
InitCandidateVars ==
    /\ votesResponded = [i \in Server |-> {}]
    /\ votesGranted   = [i \in Server |-> {}]
InitLeaderVars ==
    /\ nextIndex  = [i \in Server |-> [j \in Server |-> 1]]
    /\ matchIndex = [i \in Server |-> [j \in Server |-> 0]]
InitLogVars ==
    /\ log         = [i \in Server |-> << >>]
    /\ commitIndex = [i \in Server |-> 0]

Init ==
    /\ messages = EmptyBag
    /\ InitServerVars
    /\ InitCandidateVars
    /\ InitLeaderVars
    /\ InitLogVars

-------------------------------------------------------------------------------
(* Actions of a server.                                                    *)

\* Server i crashes and restarts. currentTerm, votedFor and log are on disk
\* and survive; everything else is volatile.
Restart(i) ==
    /\ state'          = [state EXCEPT ![i] = Follower]
    /\ votesResponded' = [votesResponded EXCEPT ![i] = {}]
    /\ votesGranted'   = [votesGranted EXCEPT ![i] = {}]
    /\ nextIndex'      = [nextIndex EXCEPT ![i] = [j \in Server |-> 1]]
    /\ matchIndex'     = [matchIndex EXCEPT ![i] = [j \in Server |-> 0]]
    /\ commitIndex'    = [commitIndex EXCEPT ![i] = 0]
    /\ UNCHANGED <<messages, currentTerm, votedFor, log>>

\* Server i's election timer fires: it starts an election in a new term and
\* votes for itself.
Timeout(i) ==
    /\ state[i] \in {Follower, Candidate}
    /\ state'          = [state EXCEPT ![i] = Candidate]
    /\ currentTerm'    = [currentTerm EXCEPT ![i] = currentTerm[i] + 1]
    /\ votedFor'       = [votedFor EXCEPT ![i] = i]
    /\ votesResponded' = [votesResponded EXCEPT ![i] = {i}]
    /\ votesGranted'   = [votesGranted EXCEPT ![i] = {i}]
    /\ UNCHANGED <<messages, leaderVars, logVars>>

\* Candidate i asks server j for its vote.
RequestVote(i, j) ==
    /\ state[i] = Candidate
    /\ j \notin votesResponded[i]
    /\ Send([mtype         |-> RequestVoteRequest,
             mterm         |-> currentTerm[i],
             mlastLogTerm  |-> LastTerm(log[i]),
             mlastLogIndex |-> Len(log[i]),
             msource       |-> i,
             mdest         |-> j])
    /\ UNCHANGED <<serverVars, candidateVars, leaderVars, logVars>>

\* Candidate i has votes from a quorum and becomes leader.
BecomeLeader(i) ==
    /\ state[i] = Candidate
    /\ votesGranted[i] \in Quorum
    /\ state'      = [state EXCEPT ![i] = Leader]
    /\ nextIndex'  = [nextIndex EXCEPT ![i] = [j \in Server |-> Len(log[i]) + 1]]
    /\ matchIndex' = [matchIndex EXCEPT ![i] = [j \in Server |-> 0]]
    /\ UNCHANGED <<messages, currentTerm, votedFor, candidateVars, logVars>>

\* Leader i accepts value v from a client and appends it to its log.
ClientRequest(i, v) ==
    /\ state[i] = Leader
    /\ log' = [log EXCEPT ![i] = Append(@, [term |-> currentTerm[i], value |-> v])]
    /\ UNCHANGED <<messages, serverVars, candidateVars, leaderVars, commitIndex>>

\* Leader i sends j an AppendEntries request with at most one entry. With no
\* entry to send it is a heartbeat that still carries the commit index.
AppendEntries(i, j) ==
    /\ i # j
    /\ state[i] = Leader
    /\ LET prevLogIndex == nextIndex[i][j] - 1
           prevLogTerm  == IF prevLogIndex > 0 THEN log[i][prevLogIndex].term
                                               ELSE 0
           lastEntry    == Min({Len(log[i]), nextIndex[i][j]})
           entries      == SubSeq(log[i], nextIndex[i][j], lastEntry)
       IN  Send([mtype         |-> AppendEntriesRequest,
                 mterm         |-> currentTerm[i],
                 mprevLogIndex |-> prevLogIndex,
                 mprevLogTerm  |-> prevLogTerm,
                 mentries      |-> entries,
                 mcommitIndex  |-> Min({commitIndex[i], lastEntry}),
                 msource       |-> i,
                 mdest         |-> j])
    /\ UNCHANGED <<serverVars, candidateVars, leaderVars, logVars>>

\* Leader i commits the highest entry of its current term that a quorum
\* (counting itself) has stored.
AdvanceCommitIndex(i) ==
    /\ state[i] = Leader
    /\ LET Agree(index) == {i} \cup {k \in Server : matchIndex[i][k] >= index}
           agreeIndexes == {index \in 1..Len(log[i]) : Agree(index) \in Quorum}
           newCommit    == IF /\ agreeIndexes # {}
                              /\ log[i][Max(agreeIndexes)].term = currentTerm[i]
                           THEN Max(agreeIndexes)
                           ELSE commitIndex[i]
       IN  /\ newCommit > commitIndex[i]
           /\ commitIndex' = [commitIndex EXCEPT ![i] = newCommit]
    /\ UNCHANGED <<messages, serverVars, candidateVars, leaderVars, log>>

-------------------------------------------------------------------------------
(* Message handlers. In each, i is the receiver and j the sender.         *)

\* Any message with a newer term moves i to that term as a follower. The
\* message stays in the network and is handled by a later step.
UpdateTerm(i, j, m) ==
    /\ m.mterm > currentTerm[i]
    /\ currentTerm' = [currentTerm EXCEPT ![i] = m.mterm]
    /\ state'       = [state EXCEPT ![i] = Follower]
    /\ votedFor'    = [votedFor EXCEPT ![i] = Nil]
    /\ UNCHANGED <<messages, candidateVars, leaderVars, logVars>>

\* i decides whether to vote for j and answers.
HandleRequestVoteRequest(i, j, m) ==
    LET logOk == \/ m.mlastLogTerm > LastTerm(log[i])
                 \/ /\ m.mlastLogTerm = LastTerm(log[i])
                    /\ m.mlastLogIndex >= Len(log[i])
        grant == /\ m.mterm = currentTerm[i]
                 /\ logOk
                 /\ votedFor[i] \in {Nil, j}
    IN  /\ m.mterm <= currentTerm[i]
        /\ votedFor' = IF grant THEN [votedFor EXCEPT ![i] = j] ELSE votedFor
        /\ Reply([mtype        |-> RequestVoteResponse,
                  mterm        |-> currentTerm[i],
                  mvoteGranted |-> grant,
                  msource      |-> i,
                  mdest        |-> j],
                 m)
        /\ UNCHANGED <<currentTerm, state, candidateVars, leaderVars, logVars>>

\* i counts j's answer to its vote request of the current term. Once i is
\* no longer a candidate (it won, or restarted) the answer is ignored.
HandleRequestVoteResponse(i, j, m) ==
    /\ m.mterm = currentTerm[i]
    /\ IF state[i] = Candidate
          THEN /\ votesResponded' = [votesResponded EXCEPT ![i] = @ \cup {j}]
               /\ votesGranted'   = IF m.mvoteGranted
                                      THEN [votesGranted EXCEPT ![i] = @ \cup {j}]
                                      ELSE votesGranted
          ELSE UNCHANGED candidateVars
    /\ Discard(m)
    /\ UNCHANGED <<serverVars, leaderVars, logVars>>

\* i handles an AppendEntries request from j. A request of i's own term
\* means j is the leader of that term, so a candidate steps down; a leader
\* never sees one (ElectionSafety), and the handler is then not enabled.
HandleAppendEntriesRequest(i, j, m) ==
    LET logOk == \/ m.mprevLogIndex = 0
                 \/ /\ m.mprevLogIndex > 0
                    /\ m.mprevLogIndex <= Len(log[i])
                    /\ m.mprevLogTerm = log[i][m.mprevLogIndex].term
        index   == m.mprevLogIndex + 1
        lastNew == m.mprevLogIndex + Len(m.mentries)
        \* All entries of the request are already in i's log.
        present == \A k \in 1..Len(m.mentries) :
                      /\ index + k - 1 <= Len(log[i])
                      /\ log[i][index + k - 1].term = m.mentries[k].term
        \* Keep the log if nothing is new; otherwise cut it after the
        \* matching prefix (dropping any conflicting suffix) and append.
        newLog  == IF present THEN log[i]
                   ELSE SubSeq(log[i], 1, m.mprevLogIndex) \o m.mentries
    IN  /\ m.mterm <= currentTerm[i]
        /\ \/ m.mterm < currentTerm[i]
           \/ state[i] # Leader
        /\ \/ \* Reject: stale term, or the logs disagree at prevLogIndex.
              /\ \/ m.mterm < currentTerm[i]
                 \/ /\ m.mterm = currentTerm[i]
                    /\ ~logOk
              /\ state' = IF m.mterm = currentTerm[i]
                             THEN [state EXCEPT ![i] = Follower]
                             ELSE state
              /\ Reply([mtype       |-> AppendEntriesResponse,
                        mterm       |-> currentTerm[i],
                        msuccess    |-> FALSE,
                        mmatchIndex |-> 0,
                        msource     |-> i,
                        mdest       |-> j],
                       m)
              /\ UNCHANGED <<currentTerm, votedFor, candidateVars, leaderVars, logVars>>
           \/ \* Accept: store the entries and learn the commit index.
              /\ m.mterm = currentTerm[i]
              /\ logOk
              /\ state'       = [state EXCEPT ![i] = Follower]
              /\ log'         = [log EXCEPT ![i] = newLog]
              /\ commitIndex' = [commitIndex EXCEPT ![i] =
                                    Max({@, Min({m.mcommitIndex, lastNew})})]
              /\ Reply([mtype       |-> AppendEntriesResponse,
                        mterm       |-> currentTerm[i],
                        msuccess    |-> TRUE,
                        mmatchIndex |-> lastNew,
                        msource     |-> i,
                        mdest       |-> j],
                       m)
              /\ UNCHANGED <<currentTerm, votedFor, candidateVars, leaderVars>>

\* Leader i learns how far j's log matches its own. A server that is no
\* longer leader (it restarted) ignores the answer.
HandleAppendEntriesResponse(i, j, m) ==
    /\ m.mterm = currentTerm[i]
    /\ \/ /\ state[i] # Leader
          /\ UNCHANGED leaderVars
       \/ /\ state[i] = Leader
          /\ m.msuccess
          /\ matchIndex' = [matchIndex EXCEPT ![i][j] = Max({@, m.mmatchIndex})]
          /\ nextIndex'  = [nextIndex EXCEPT ![i][j] = Max({@, m.mmatchIndex + 1})]
       \/ /\ state[i] = Leader
          /\ ~m.msuccess
          /\ nextIndex'  = [nextIndex EXCEPT ![i][j] = Max({@ - 1, 1})]
          /\ UNCHANGED matchIndex
    /\ Discard(m)
    /\ UNCHANGED <<serverVars, candidateVars, logVars>>

\* A response from an older term is useless: throw it away.
DropStaleResponse(i, j, m) ==
    /\ m.mterm < currentTerm[i]
    /\ Discard(m)
    /\ UNCHANGED <<serverVars, candidateVars, leaderVars, logVars>>

\* Deliver message m to its destination.
Receive(m) ==
    LET i == m.mdest
        j == m.msource
    IN  \/ UpdateTerm(i, j, m)
        \/ /\ m.mtype = RequestVoteRequest
           /\ HandleRequestVoteRequest(i, j, m)
        \/ /\ m.mtype = RequestVoteResponse
           /\ \/ DropStaleResponse(i, j, m)
              \/ HandleRequestVoteResponse(i, j, m)
        \/ /\ m.mtype = AppendEntriesRequest
           /\ HandleAppendEntriesRequest(i, j, m)
        \/ /\ m.mtype = AppendEntriesResponse
           /\ \/ DropStaleResponse(i, j, m)
              \/ HandleAppendEntriesResponse(i, j, m)

-------------------------------------------------------------------------------
(* Network faults.                                                         *)

\* The network loses one copy of m.
DropMessage(m) ==
    /\ BagIn(m, messages)
    /\ Discard(m)
    /\ UNCHANGED <<serverVars, candidateVars, leaderVars, logVars>>

\* The network delivers m twice.
DuplicateMessage(m) ==
    /\ BagIn(m, messages)
    /\ Send(m)
    /\ UNCHANGED <<serverVars, candidateVars, leaderVars, logVars>>

-------------------------------------------------------------------------------
(* The specification.                                                      *)

Next ==
    \/ \E i \in Server : Restart(i)
    \/ \E i \in Server : Timeout(i)
    \/ \E i, j \in Server : RequestVote(i, j)
    \/ \E i \in Server : BecomeLeader(i)
    \/ \E i \in Server, v \in Value : ClientRequest(i, v)
    \/ \E i \in Server : AdvanceCommitIndex(i)
    \/ \E i, j \in Server : AppendEntries(i, j)
    \/ \E m \in BagToSet(messages) : Receive(m)
    \/ \E m \in BagToSet(messages) : DuplicateMessage(m)
    \/ \E m \in BagToSet(messages) : DropMessage(m)

Spec == Init /\ [][Next]_vars

\* Bounds for model checking (use as CONSTRAINT).
StateConstraint ==
    /\ \A i \in Server : currentTerm[i] <= MaxTerm
    /\ \A i \in Server : Len(log[i]) <= MaxLogLen
    /\ \A m \in BagToSet(messages) : CopiesIn(m, messages) <= MaxCopies
    /\ BagCardinality(messages) <= MaxInFlight

-------------------------------------------------------------------------------
(* Invariants.                                                             *)

TypeOK ==
    /\ currentTerm \in [Server -> Nat]
    /\ state \in [Server -> {Follower, Candidate, Leader}]
    /\ votedFor \in [Server -> Server \cup {Nil}]
    /\ \A i \in Server :
          /\ log[i] \in Seq([term : Nat, value : Value])
          /\ commitIndex[i] \in 0..Len(log[i])
    /\ votesResponded \in [Server -> SUBSET Server]
    /\ votesGranted \in [Server -> SUBSET Server]
    /\ \A i \in Server : votesGranted[i] \subseteq votesResponded[i]
    /\ nextIndex \in [Server -> [Server -> Nat \ {0}]]
    /\ matchIndex \in [Server -> [Server -> Nat]]
    /\ IsABag(messages)

\* At most one leader per term.
ElectionSafety ==
    \A i, j \in Server :
        (/\ state[i] = Leader
         /\ state[j] = Leader
         /\ currentTerm[i] = currentTerm[j]) => i = j

\* If two logs hold an entry with the same index and term, the logs are
\* identical up to that index.
LogMatching ==
    \A i, j \in Server :
        \A n \in 1..Min({Len(log[i]), Len(log[j])}) :
            log[i][n].term = log[j][n].term =>
                SubSeq(log[i], 1, n) = SubSeq(log[j], 1, n)

\* Servers never disagree on a committed entry.
CommittedLogsAgree ==
    \A i, j \in Server :
        \A n \in 1..Min({commitIndex[i], commitIndex[j]}) :
            log[i][n] = log[j][n]

\* The terms in a log never decrease, and never exceed the owner's term.
LogTermsMonotonic ==
    \A i \in Server :
        /\ \A n \in 1..(Len(log[i]) - 1) : log[i][n].term <= log[i][n + 1].term
        /\ LastTerm(log[i]) <= currentTerm[i]

THEOREM Spec => [](ElectionSafety /\ LogMatching)
===============================================================================
