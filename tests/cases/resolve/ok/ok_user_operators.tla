---- MODULE ok_user_operators ----
EXTENDS Naturals
a ++ b == a + b + 1
a \oplus b == IF a > b THEN a ELSE b
a ^# == a * a
Use == (1 ++ 2) \oplus (3 ^#)
Sel(Op(_, _)) == Op(1, 2)
G == Sel(LAMBDA p, q : p ++ q)
====
EXPECT:
(extends Naturals)
(def ++ (a b) (+ (+ a b) 1))
(def (+) (a b) (if (> a b) a b))
(def ^# (a) (* a a))
(def Use () ((+) (++ 1 2) (^# 3)))
(def Sel ((Op 2)) (Op 1 2))
(def G () (Sel (LAMBDA (p q) (++ p q))))
