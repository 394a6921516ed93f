-------------------------- MODULE DyadicRationals --------------------------
(***************************************************************************)
(* Dyadic rationals: fractions whose denominator is a power of two,        *)
(* represented as records [num |-> n, den |-> d] in lowest terms.          *)
(***************************************************************************)
LOCAL INSTANCE FiniteSets
LOCAL INSTANCE Integers
LOCAL INSTANCE Sequences
LOCAL INSTANCE FiniteSetsExt
LOCAL INSTANCE TLC

\* The greatest common divisor of n >= 0 and m > 0.
LOCAL GCD(n, m) ==
  CHOOSE d \in 1..m : /\ n % d = 0 /\ m % d = 0
                      /\ \A e \in 1..m : (n % e = 0 /\ m % e = 0) => e \leq d

LOCAL Rational(n, d) == [num |-> n, den |-> d]

\* p in lowest terms.
LOCAL Reduce(p) ==
  LET g == GCD(p.num, p.den)
  IN  Rational(p.num \div g, p.den \div g)

\* The denominator of r is a power of two.
IsDyadicRational(r) == \E i \in 0..r.den : 2^i = r.den

Zero == Rational(0, 1)
One == Rational(1, 1)

\* The sum of two dyadic rationals.
Add(p, q) ==
  LET d == Max({p.den, q.den})   \* one denominator divides the other
  IN  Reduce(Rational(p.num * (d \div p.den) + q.num * (d \div q.den), d))

\* Half of p.
Half(p) == Reduce(Rational(p.num, 2 * p.den))

\* p as a string such as "3/8".
PrettyPrint(p) ==
  IF p = Zero THEN "0"
  ELSE IF p = One THEN "1"
  ELSE ToString(p.num) \o "/" \o ToString(p.den)
=============================================================================
