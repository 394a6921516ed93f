---- MODULE ok_stdlib_bags_tlc ----
EXTENDS Naturals, Bags, TLC
B1 == SetToBag({1, 2})
B2 == B1 (+) B1
B3 == B2 (-) B1
In == BagIn(1, B3) /\ CopiesIn(1, B2) = 2 /\ B1 \sqsubseteq B2 /\ BagToSet(B2) = {1, 2}
F == (1 :> "a") @@ (2 :> "b")
P == Print(F, TRUE) /\ Assert(TRUE, "ok") /\ ToString(1) = "1"
R == Permutations({1, 2}) /\ RandomElement({1}) = 1 /\ TLCGet("level") >= 0
====
EXPECT:
(extends Naturals Bags TLC)
(def B1 () (SetToBag ({} 1 2)))
(def B2 () ((+) B1 B1))
(def B3 () ((-) B2 B1))
(def In () (/\ (/\ (/\ (BagIn 1 B3) (= (CopiesIn 1 B2) 2)) (\sqsubseteq B1 B2)) (= (BagToSet B2) ({} 1 2))))
(def F () (@@ (:> 1 "a") (:> 2 "b")))
(def P () (/\ (/\ (Print F TRUE) (Assert TRUE "ok")) (= (ToString 1) "1")))
(def R () (/\ (/\ (Permutations ({} 1 2)) (= (RandomElement ({} 1)) 1)) (>= (TLCGet "level") 0)))
