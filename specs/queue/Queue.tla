----------------------------- MODULE Queue -----------------------------
(* A linearizable FIFO queue with enqueue and dequeue: the model of Jepsen's queue workloads
   (Knossos's fifo-queue). An operation-level spec: each action is one operation, its
   parameters are the operation's input and output (docs/history-mapping.md).
   Dequeue on an empty queue: an :ok dequeue that returned nil is DequeueEmpty (the queue was
   empty at that instant); a :fail dequeue (how most Jepsen clients report "empty") never took
   effect and is dropped. A dequeue of unknown outcome (:info) is DequeueAny: it may have
   removed the head, whatever value that was. *)
EXTENDS Naturals, Sequences

CONSTANTS Nil,     \* what a dequeue of an empty queue returns (Jepsen's nil)
          Values,  \* the values enqueued (only for `vouch check`)
          MaxLen   \* the longest queue `vouch check` explores (see Queue.cfg's CONSTRAINT)

VARIABLE queue   \* the values enqueued and not yet dequeued, head first

Init == queue = <<>>

Enqueue(v) == queue' = Append(queue, v)

\* A dequeue that returned v.
Dequeue(v) == queue /= <<>> /\ v = Head(queue) /\ queue' = Tail(queue)

\* A dequeue that returned nil.
DequeueEmpty == queue = <<>> /\ UNCHANGED queue

\* A dequeue whose output is not known.
DequeueAny == queue /= <<>> /\ queue' = Tail(queue)

Next == \/ \E v \in Values : Enqueue(v) \/ Dequeue(v)
        \/ DequeueEmpty

TypeOK == queue \in Seq(Values)

Bounded == Len(queue) <= MaxLen
=============================================================================
