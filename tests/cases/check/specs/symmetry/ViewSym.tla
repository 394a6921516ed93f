---- MODULE ViewSym ----
\* VIEW and SYMMETRY together: the fingerprint is the VIEW of the state's smallest image under
\* the permutations (TLC's order), so both reduce.
EXTENDS Naturals, TLC
CONSTANT Procs
VARIABLES holder, waiting, last
Init == holder = "none" /\ waiting = {} /\ last = "init"
Request(p) == p \notin waiting /\ holder /= p /\ waiting' = waiting \cup {p} /\ UNCHANGED holder /\ last' = "req"
Grant(p) == holder = "none" /\ p \in waiting /\ holder' = p /\ waiting' = waiting \ {p} /\ last' = "grant"
Release(p) == holder = p /\ holder' = "none" /\ UNCHANGED waiting /\ last' = "rel"
Next == \E p \in Procs : Request(p) \/ Grant(p) \/ Release(p)
View == <<holder, waiting>>
Sym == Permutations(Procs)
Mutex == holder \in Procs \cup {"none"}
====
