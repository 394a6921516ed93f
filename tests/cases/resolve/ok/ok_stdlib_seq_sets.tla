---- MODULE ok_stdlib_seq_sets ----
EXTENDS Integers, Sequences, FiniteSets
CONSTANT S
s == <<1, 2, 3>>
A == Len(s) + Head(s) + Cardinality({1, 2})
B == Append(Tail(s), 4) \o SubSeq(s, 1, 2)
C == SelectSeq(s, LAMBDA e : e > 1)
D == IsFiniteSet(S) /\ s \in Seq(Int) /\ -1 \in Int /\ 7 \div 2 = 3 /\ 7 % 2 = 1
====
EXPECT:
(extends Integers Sequences FiniteSets)
(constant S)
(def s () (<<>> 1 2 3))
(def A () (+ (+ (Len s) (Head s)) (Cardinality ({} 1 2))))
(def B () (\o (Append (Tail s) 4) (SubSeq s 1 2)))
(def C () (SelectSeq s (LAMBDA (e) (> e 1))))
(def D () (/\ (/\ (/\ (/\ (IsFiniteSet S) (\in s (Seq Int))) (\in (-. 1) Int)) (= (\div 7 2) 3)) (= (% 7 2) 1)))
