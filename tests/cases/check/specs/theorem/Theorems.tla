---- MODULE Theorems ----
(* Theorem statements kept for evaluation (`ASSUME Thm`, `Thm!:`, `P(a)!Thm`), proofs skipped,
   a parametrized instance, and a second module (Bound) in the same file. *)
EXTENDS Naturals, Bound
CONSTANT N
VARIABLE x

P(limit) == INSTANCE Bound WITH Max <- limit

THEOREM Small == N < 10
  PROOF OBVIOUS

LEMMA Positive == /\ N > 0
                  /\ N # 7
<1>1. N > 0
  OBVIOUS
<1>2. QED
  BY <1>1

THEOREM ASSUME NEW k \in Nat PROVE k + 0 = k
  OBVIOUS

ASSUME Small /\ Positive!: /\ Positive!2 /\ P(N)!Fits(N) /\ ~P(2)!Fits(3)
ASSUME \A m \in 1..N : P(N)!InRange!:
ASSUME P(N + 1)!Roomy

Init == x = 0
Next == x < N /\ P(N)!Fits(x + 1) /\ x' = x + 1
Inv == P(N)!Fits(x) /\ Capped(x)
====

---- MODULE Bound ----
EXTENDS Naturals
CONSTANT Max
Fits(v) == v <= Max
Capped(v) == v <= 100
THEOREM InRange == Max \in Nat
  OBVIOUS
THEOREM Roomy == Max > 1
====
