---- MODULE ok_shadow_scopes ----
EXTENDS Naturals
CONSTANT S
VARIABLE f
F(a) == a + 1
G(a) == a + 2
Sets == {i \in S : i > 0} \cup {i * 2 : i \in S}
Fun == [i \in S |-> [j \in S |-> i + j]]
Ch == CHOOSE i \in S : \A j \in S : i <= j
Upd == f' = [f EXCEPT ![1] = @ + 1, ![2].r = @ * 2]
Rec == [r |-> 1, s |-> 2].r
Tup == \E <<i, j>> \in S \X S : i = j
Cases == CASE F(1) = 2 -> 1 [] G(1) = 3 -> 2 [] OTHER -> 3
Lbl == L1:: (\A i \in S : i = i)
====
EXPECT:
(extends Naturals)
(constant S)
(variable f)
(def F (a) (+ a 1))
(def G (a) (+ a 2))
(def Sets () (\cup (filter (i \in S) (> i 0)) (map (* i 2) (i \in S))))
(def Fun () (fun (i \in S) (fun (j \in S) (+ i j))))
(def Ch () (CHOOSE (i \in S) (\A (j \in S) (<= i j))))
(def Upd () (= (prime f) (except f (((idx 1)) (+ @ 1)) (((idx 2) (dot r)) (* @ 2)))))
(def Rec () (. (record (r 1) (s 2)) r))
(def Tup () (\E (<<i j>> \in (\X S S)) (= i j)))
(def Cases () (case ((= (F 1) 2) 1) ((= (G 1) 3) 2) (other 3)))
(def Lbl () (label L1 (\A (i \in S) (= i i))))
