---- MODULE prec_quant_extends_right ----
a == \A x \in S : P /\ Q
b == (\A x \in S : P) /\ Q
c == \E x : P => Q
====
EXPECT:
(def a () (\A (x \in S) (/\ P Q)))
(def b () (/\ (\A (x \in S) P) Q))
(def c () (\E (x) (=> P Q)))
