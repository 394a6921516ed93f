------------------------------ MODULE Relation ------------------------------
(***************************************************************************)
(* Binary relations on a set S, represented as Boolean-valued functions    *)
(* R on S \X S (R[x, y] means x is related to y).  The ...Under variants   *)
(* take the relation as a binary operator instead, e.g. IsTotallyOrdered-  *)
(* Under(\leq, S).                                                         *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

\* The relation on S given by the operator op.
LOCAL AsRel(op(_, _), S) == [pr \in S \X S |-> op(pr[1], pr[2])]

IsReflexive(R, S) == \A x \in S : R[x, x]
IsReflexiveUnder(op(_, _), S) == IsReflexive(AsRel(op, S), S)

IsIrreflexive(R, S) == \A x \in S : ~ R[x, x]
IsIrreflexiveUnder(op(_, _), S) == IsIrreflexive(AsRel(op, S), S)

IsSymmetric(R, S) == \A x, y \in S : R[x, y] <=> R[y, x]
IsSymmetricUnder(op(_, _), S) == IsSymmetric(AsRel(op, S), S)

IsAntiSymmetric(R, S) == \A x, y \in S : R[x, y] /\ R[y, x] => x = y
IsAntiSymmetricUnder(op(_, _), S) == IsAntiSymmetric(AsRel(op, S), S)

IsAsymmetric(R, S) == \A x, y \in S : ~ (R[x, y] /\ R[y, x])
IsAsymmetricUnder(op(_, _), S) == IsAsymmetric(AsRel(op, S), S)

IsTransitive(R, S) == \A x, y, z \in S : R[x, y] /\ R[y, z] => R[x, z]
IsTransitiveUnder(op(_, _), S) == IsTransitive(AsRel(op, S), S)

\* Irreflexive, antisymmetric and transitive.
IsStrictlyPartiallyOrdered(R, S) ==
  IsIrreflexive(R, S) /\ IsAntiSymmetric(R, S) /\ IsTransitive(R, S)
IsStrictlyPartiallyOrderedUnder(op(_, _), S) ==
  IsStrictlyPartiallyOrdered(AsRel(op, S), S)

\* Reflexive, antisymmetric and transitive.
IsPartiallyOrdered(R, S) ==
  IsReflexive(R, S) /\ IsAntiSymmetric(R, S) /\ IsTransitive(R, S)
IsPartiallyOrderedUnder(op(_, _), S) ==
  IsPartiallyOrdered(AsRel(op, S), S)

\* A strict partial order in which any two different elements are related.
IsStrictlyTotallyOrdered(R, S) ==
  IsStrictlyPartiallyOrdered(R, S) /\ \A x, y \in S : x # y => R[x, y] \/ R[y, x]
IsStrictlyTotallyOrderedUnder(op(_, _), S) ==
  IsStrictlyTotallyOrdered(AsRel(op, S), S)

\* A partial order in which any two elements are related.
IsTotallyOrdered(R, S) ==
  IsPartiallyOrdered(R, S) /\ \A x, y \in S : R[x, y] \/ R[y, x]
IsTotallyOrderedUnder(op(_, _), S) ==
  IsTotallyOrdered(AsRel(op, S), S)

\* The smallest transitive relation on the finite set S containing R.
TransitiveClosure(R, S) ==
  \* Reach[n][x, y]: y can be reached from x in at most 2^n steps.
  LET Reach[n \in Nat] ==
        [x, y \in S |-> IF n = 0 THEN R[x, y]
                        ELSE \/ Reach[n - 1][x, y]
                             \/ \E z \in S : Reach[n - 1][x, z] /\ Reach[n - 1][z, y]]
  IN  Reach[Cardinality(S)]

\* The transitive closure, with every element also related to itself.
ReflexiveTransitiveClosure(R, S) ==
  LET TC == TransitiveClosure(R, S)
  IN  [x, y \in S |-> x = y \/ TC[x, y]]

\* Every element of S is reachable from every other one.
IsConnected(R, S) ==
  LET RTC == ReflexiveTransitiveClosure(R, S)
  IN  \A x, y \in S : RTC[x, y]
=============================================================================
