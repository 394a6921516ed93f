---- MODULE ok_recursive ----
EXTENDS Naturals
RECURSIVE Fact(_), IsEven(_), IsOdd(_)
Fact(n) == IF n = 0 THEN 1 ELSE n * Fact(n - 1)
IsEven(n) == IF n = 0 THEN TRUE ELSE IsOdd(n - 1)
IsOdd(n) == IF n = 0 THEN FALSE ELSE IsEven(n - 1)
fib[n \in Nat] == IF n < 2 THEN n ELSE fib[n - 1] + fib[n - 2]
Sum(S) == LET RECURSIVE SumOf(_)
              SumOf(T) == IF T = {} THEN 0
                          ELSE LET e == CHOOSE t \in T : TRUE IN e + SumOf(T \ {e})
          IN SumOf(S)
G == Fact(3) + fib[5] + Sum({1, 2})
====
EXPECT:
(extends Naturals)
(recursive (Fact 1))
(recursive (IsEven 1))
(recursive (IsOdd 1))
(def Fact (n) (if (= n 0) 1 (* n (Fact (- n 1)))))
(def IsEven (n) (if (= n 0) TRUE (IsOdd (- n 1))))
(def IsOdd (n) (if (= n 0) FALSE (IsEven (- n 1))))
(fundef fib ((n \in Nat)) (if (< n 2) n (+ (apply fib (- n 1)) (apply fib (- n 2)))))
(def Sum (S) (let ((recursive (SumOf 1)) (def SumOf (T) (if (= T ({})) 0 (let ((def e () (CHOOSE (t \in T) TRUE))) (+ e (SumOf (\ T ({} e)))))))) (SumOf S)))
(def G () (+ (+ (Fact 3) (apply fib 5)) (Sum ({} 1 2))))
