---- MODULE prec_prime_tightest ----
a == x' = x + 1
b == x' + y'
c == -x'
====
EXPECT:
(def a () (= (prime x) (+ x 1)))
(def b () (+ (prime x) (prime y)))
(def c () (-. (prime x)))
