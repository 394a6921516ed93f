---- MODULE mod_instance_ref_in_expr ----
Next == I!Next /\ UNCHANGED I!vars
Inv == I!F(1)' = I!Op + 1
====
EXPECT:
(def Next () (/\ I!Next (UNCHANGED I!vars)))
(def Inv () (= (prime (I!F 1)) (+ I!Op 1)))
