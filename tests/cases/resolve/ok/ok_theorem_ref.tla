---- MODULE ok_theorem_ref ----
EXTENDS Naturals
CONSTANT N
ASSUME NType == N \in Nat
THEOREM Thm == \A n \in Nat : n + 0 = n
LEMMA Lem == TRUE
G == Thm /\ Lem
H == NType => N >= 0
====
EXPECT:
(extends Naturals)
(constant N)
(assume NType (\in N Nat))
(theorem Thm (\A (n \in Nat) (= (+ n 0) n)))
(theorem Lem TRUE)
(def G () (/\ Thm Lem))
(def H () (=> NType (>= N 0)))
