-------------------------- MODULE MultiRegister --------------------------
(* Linearizable registers named by keys, read and written in transactions: the model of Jepsen's
   and Knossos' "multi-register" (knossos.model/multi-register). A transaction is a sequence of
   micro-operations <<f, k, v>>, f "read" or "write", applied atomically and in order: a read
   sees the writes before it in the same transaction. A read of Nil (its value is not known: an
   invocation, or an :info) is always allowed. Registers not written yet hold Initial. *)
EXTENDS Naturals, Sequences, TLC

CONSTANTS Nil,       \* an unknown read value (Jepsen's nil)
          Initial,   \* the value of a register never written (Knossos' tests use 0)
          Keys,      \* only for `vouch check`
          Values     \* only for `vouch check`

VARIABLE regs   \* a function from the keys written so far to their values

Init == regs = [k \in {} |-> Initial]

Get(r, k) == IF k \in DOMAIN r THEN r[k] ELSE Initial

\* <<ok, r2>>: ok when every read of ops[i..] saw the value it read, r2 the registers after ops.
RECURSIVE Run(_, _, _)
Run(r, ops, i) ==
  IF i > Len(ops) THEN <<TRUE, r>>
  ELSE LET op == ops[i] IN
       IF op[1] = "read"
       THEN IF op[3] = Nil \/ op[3] = Get(r, op[2]) THEN Run(r, ops, i + 1) ELSE <<FALSE, r>>
       ELSE Run((op[2] :> op[3]) @@ r, ops, i + 1)

\* A transaction that completed with the micro-operations ops (reads with their values).
Txn(ops) == LET res == Run(regs, ops, 1) IN res[1] /\ regs' = res[2]

Next == \E k \in Keys, v \in Values :
          \/ Txn(<<<<"write", k, v>>>>)
          \/ Txn(<<<<"read", k, v>>>>)

TypeOK == \A k \in DOMAIN regs : k \in Keys /\ regs[k] \in Values \cup {Initial}
=============================================================================
