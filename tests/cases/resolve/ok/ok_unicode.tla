---- MODULE ok_unicode ----
EXTENDS Naturals
CONSTANT S
VARIABLE x
Inv ≜ ∀ i ∈ S : ∃ j ∈ S : i ≤ j ∨ i ≥ j ∨ i ≠ j
Sets ≜ (S ∪ {1}) ∩ (S \ {2}) ⊆ S ∧ 3 ∉ S
Tup ≜ ⟨1, 2⟩
Fn ≜ [i ∈ S ↦ i + 1] ∈ [S → Nat]
Spec ≜ □(x ∈ S) ∧ ◇(x = 1) ∧ ((x = 1) ↝ (x = 2)) ∧ ¬(x = 3) ⇒ (x = x ≡ TRUE)
====
EXPECT:
(extends Naturals)
(constant S)
(variable x)
(def Inv () (\A (i \in S) (\E (j \in S) (\/ (\/ (<= i j) (>= i j)) (/= i j)))))
(def Sets () (/\ (\subseteq (\cap (\cup S ({} 1)) (\ S ({} 2))) S) (\notin 3 S)))
(def Tup () (<<>> 1 2))
(def Fn () (\in (fun (i \in S) (+ i 1)) (-> S Nat)))
(def Spec () (=> (/\ (/\ (/\ ([] (\in x S)) (<> (= x 1))) (~> (= x 1) (= x 2))) (~ (= x 3))) (<=> (= x x) TRUE)))
