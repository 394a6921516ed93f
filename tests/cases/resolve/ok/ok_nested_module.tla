---- MODULE ok_nested_module ----
EXTENDS Naturals
Outer == 10
---- MODULE Inner ----
CONSTANT K
Val == K + Outer
====
I1 == INSTANCE Inner WITH K <- 1
I2(k) == INSTANCE Inner WITH K <- k
G == I1!Val + I2(5)!Val
====
EXPECT:
(extends Naturals)
(def Outer () 10)
(module Inner
  (constant K)
  (def Val () (+ K Outer))
  )
(def I1 () (instance Inner (K 1)))
(def I2 (k) (instance Inner (K k)))
(def G () (+ I1!Val (! (I2 5) Val)))
