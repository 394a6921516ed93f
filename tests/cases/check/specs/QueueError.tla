---- MODULE QueueError ----
\* Dequeues without checking that the queue is non-empty: Head(<<>>) after three steps is an
\* evaluation error inside the spec, reported with its location and the behavior before it.
EXTENDS Naturals, Sequences
VARIABLE q
Init == q = <<1, 2>>
Next == q' = Tail(q) /\ Head(q) \in Nat
====
