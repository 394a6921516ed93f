------------------------------ MODULE LeaseLock ------------------------------
(***************************************************************************)
(* A lease-based lock service protecting a storage server with fencing    *)
(* tokens.                                                                 *)
(*                                                                         *)
(* The lock service grants a lease to one client at a time. A lease runs  *)
(* out LeaseDuration clock ticks after it was granted, and every grant     *)
(* carries a fresh fencing token, larger than all earlier ones.            *)
(*                                                                         *)
(* Clients cannot be trusted to notice that their lease has expired (a    *)
(* process may pause for a long time, or its clock may drift), so a       *)
(* client may keep writing with an old token. The storage server remembers *)
(* the highest token it has accepted and rejects any write that carries a *)
(* lower one. This is what keeps a stale holder from overwriting data      *)
(* written under a newer lease.                                            *)
(*                                                                         *)
(* Time is a single global counter `clock`, advanced by Tick up to         *)
(* MaxTime; grants are bounded by MaxToken. Both bounds make the state     *)
(* space finite without a state constraint.                                *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets, TLC

CONSTANTS
    \* @type: Set(CLIENT);
    Clients,
    \* @type: Int;
    LeaseDuration,  \* number of ticks a lease stays valid after its grant
    \* @type: Int;
    MaxTime,        \* the clock never goes past this value
    \* @type: Int;
    MaxToken        \* the lock service hands out at most this many tokens

ASSUME /\ Clients # {}
       /\ LeaseDuration \in Nat \ {0}
       /\ MaxTime \in Nat
       /\ MaxToken \in Nat \ {0}

\* Token 0 means "no token": a client holding 0 holds nothing, and a
\* storage server whose highest token is 0 has accepted no write yet.
NoToken == 0
Tokens == 1..MaxToken

VARIABLES
    \* @type: Int;
    clock,          \* global time
    \* @type: CLIENT -> [token: Int, expires: Int];
    lease,          \* the lock service's table: latest grant per client
    \* @type: Int;
    nextToken,      \* the token the lock service will hand out next
    \* @type: CLIENT -> Int;
    held,           \* the token each client believes it holds
    \* @type: Int;
    storeToken,     \* the highest token the storage server has accepted
    \* @type: Seq(Int);
    accepted        \* history: tokens of accepted writes, consecutive duplicates merged

vars == <<clock, lease, nextToken, held, storeToken, accepted>>

-----------------------------------------------------------------------------
(* Helpers.                                                                *)

\* The lock service considers c's lease live while the clock has not
\* reached its expiry time.
Unexpired(c) == clock < lease[c].expires

\* The clients whose lease the lock service considers live.
Holders == {c \in Clients : Unexpired(c)}

\* Appends token t to the history unless it equals the last entry.
Record(t) ==
    IF accepted # <<>> /\ accepted[Len(accepted)] = t
        THEN accepted
        ELSE Append(accepted, t)

-----------------------------------------------------------------------------

TypeOK ==
    /\ clock \in 0..MaxTime
    /\ lease \in [Clients -> [token : 0..MaxToken,
                              expires : 0..(MaxTime + LeaseDuration)]]
    /\ nextToken \in 1..(MaxToken + 1)
    /\ held \in [Clients -> 0..MaxToken]
    /\ storeToken \in 0..MaxToken
    /\ accepted \in Seq(Tokens)
    /\ Len(accepted) <= MaxToken

Init ==
    /\ clock = 0
    /\ lease = [c \in Clients |-> [token |-> NoToken, expires |-> 0]]
    /\ nextToken = 1
    /\ held = [c \in Clients |-> NoToken]
    /\ storeToken = NoToken
    /\ accepted = <<>>

\* Time passes.
Tick ==
    /\ clock < MaxTime
    /\ clock' = clock + 1
    /\ UNCHANGED <<lease, nextToken, held, storeToken, accepted>>

\* The lock service grants c a lease with a fresh token. It does so only
\* when no other client holds an unexpired lease; c may renew its own.
Acquire(c) ==
    /\ nextToken <= MaxToken
    /\ Holders \subseteq {c}
    /\ lease' = [lease EXCEPT ![c] = [token |-> nextToken,
                                      expires |-> clock + LeaseDuration]]
    /\ held' = [held EXCEPT ![c] = nextToken]
    /\ nextToken' = nextToken + 1
    /\ UNCHANGED <<clock, storeToken, accepted>>

\* c gives its lease back. If the lock service still has c's current lease
\* it ends the lease now; a release of an older token changes nothing there.
Release(c) ==
    /\ held[c] # NoToken
    /\ held' = [held EXCEPT ![c] = NoToken]
    /\ lease' = IF lease[c].token = held[c] /\ Unexpired(c)
                    THEN [lease EXCEPT ![c].expires = clock]
                    ELSE lease
    /\ UNCHANGED <<clock, nextToken, storeToken, accepted>>

\* c notices that its lease ran out and forgets its token. Nothing forces a
\* client to do this: a paused client keeps its token and may write later.
Forget(c) ==
    /\ held[c] # NoToken
    /\ ~Unexpired(c) \/ lease[c].token # held[c]
    /\ held' = [held EXCEPT ![c] = NoToken]
    /\ UNCHANGED <<clock, lease, nextToken, storeToken, accepted>>

\* c writes with the token it holds and the storage server accepts, because
\* the token is at least as large as every token it has seen.
WriteOk(c) ==
    /\ held[c] # NoToken
    /\ held[c] >= storeToken
    /\ storeToken' = held[c]
    /\ accepted' = Record(held[c])
    /\ UNCHANGED <<clock, lease, nextToken, held>>

\* c writes with a token older than one the storage server has seen; the
\* server rejects the write and c learns that it has lost the lock.
WriteRejected(c) ==
    /\ held[c] # NoToken
    /\ held[c] < storeToken
    /\ held' = [held EXCEPT ![c] = NoToken]
    /\ UNCHANGED <<clock, lease, nextToken, storeToken, accepted>>

Next ==
    \/ Tick
    \/ \E c \in Clients :
        \/ Acquire(c)
        \/ Release(c)
        \/ Forget(c)
        \/ WriteOk(c)
        \/ WriteRejected(c)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Invariants.                                                             *)

\* The lock service never considers two clients to hold a live lease.
MutualExclusion ==
    \A c, d \in Clients : Unexpired(c) /\ Unexpired(d) => c = d

\* Tokens are never reused: no two clients believe they hold the same one,
\* and every token in circulation has been issued.
TokensUnique ==
    /\ \A c, d \in Clients :
          (c # d /\ held[c] # NoToken) => held[c] # held[d]
    /\ \A c \in Clients : held[c] < nextToken /\ lease[c].token < nextToken

\* The storage server never accepts a write whose token is lower than one it
\* accepted before: the tokens of accepted writes strictly increase, and the
\* server's high-water mark is the last of them.
FencingSafety ==
    /\ \A i, j \in 1..Len(accepted) : i < j => accepted[i] < accepted[j]
    /\ storeToken = IF accepted = <<>> THEN NoToken
                                       ELSE accepted[Len(accepted)]
    /\ storeToken < nextToken

\* A write with a token older than the server's mark is always refused:
\* checked on every step.
StaleWritesRejected ==
    [][\A c \in Clients :
          (held[c] # NoToken /\ held[c] < storeToken) => storeToken' >= storeToken]_vars

THEOREM Spec => [](TypeOK /\ MutualExclusion /\ FencingSafety)
=============================================================================
