---- MODULE prec_quant_as_right_operand ----
a == P /\ \E x : Q /\ R
b == P => \A x : Q => R
====
EXPECT:
(def a () (/\ P (\E (x) (/\ Q R))))
(def b () (=> P (\A (x) (=> Q R))))
