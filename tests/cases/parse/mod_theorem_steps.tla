---- MODULE mod_theorem_steps ----
EXTENDS Naturals
Double(n) == n + n
THEOREM DoubleNat == \A n \in Nat : Double(n) \in Nat
PROOF
<1>1. TAKE n \in Nat
<1>2. n + n \in Nat
  OBVIOUS
<1> QED
  BY <1>2 DEF Double
Half(n) == n \div 2
====
EXPECT:
(extends Naturals)
(def Double (n) (+ n n))
(theorem DoubleNat (\A (n \in Nat) (\in (Double n) Nat)))
(def Half (n) (\div n 2))
