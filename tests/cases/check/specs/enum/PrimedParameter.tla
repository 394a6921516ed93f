---- MODULE PrimedParameter ----
\* q' with the parameter q bound to a variable assigns that variable (Lose(q) of the
\* alternating-bit protocol); the argument's cached unprimed value must not answer q'.
EXTENDS Naturals, Sequences
VARIABLES msgQ, ackQ
Lose(q) == /\ q # << >>
           /\ \E i \in 1..Len(q) : q' = [j \in 1..(Len(q) - 1) |-> IF j < i THEN q[j] ELSE q[j + 1]]
Send == /\ Len(msgQ) < 3
        /\ msgQ' = Append(msgQ, Len(msgQ))
        /\ UNCHANGED ackQ
Next == Send \/ (Lose(msgQ) /\ UNCHANGED ackQ) \/ (Lose(ackQ) /\ UNCHANGED msgQ)
Init == msgQ = << >> /\ ackQ = <<7, 8>>
====
