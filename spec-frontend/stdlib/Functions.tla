------------------------------ MODULE Functions ------------------------------
(***************************************************************************)
(* Operators on functions: restriction, range, inverses, injections,       *)
(* surjections, bijections, and folds over the values of a function.       *)
(***************************************************************************)
EXTENDS Integers, Folds

\* f with its domain cut down to S (S should be a subset of DOMAIN f).
Restrict(f, S) == [x \in S |-> f[x]]

\* f restricted to the arguments x satisfying Test(x).
RestrictDomain(f, Test(_)) == Restrict(f, {x \in DOMAIN f : Test(x)})

\* f restricted to the arguments x whose value f[x] satisfies Test.
RestrictValues(f, Test(_)) == Restrict(f, {x \in DOMAIN f : Test(f[x])})

\* narrow agrees with wide on its whole domain, which is part of wide's.
IsRestriction(narrow, wide) ==
  /\ DOMAIN narrow \subseteq DOMAIN wide
  /\ \A x \in DOMAIN narrow : narrow[x] = wide[x]

\* The set of values of f.
Range(f) == {f[x] : x \in DOMAIN f}

\* Combine two functions argument by argument: x maps to T(f[x], g[x]).
Pointwise(f, g, T(_, _)) == [x \in DOMAIN f |-> T(f[x], g[x])]

\* A function from T to S that maps every value of f back to some argument
\* with that value.
Inverse(f, S, T) == [t \in T |-> CHOOSE s \in S : t \in Range(f) => f[s] = t]

\* The inverse of f, from its range back to its domain.
AntiFunction(f) == Inverse(f, DOMAIN f, Range(f))

\* f maps different arguments to different values.
IsInjective(f) == \A a, b \in DOMAIN f : f[a] = f[b] => a = b

\* The injective / surjective / bijective functions from S to T.
Injection(S, T) == {f \in [S -> T] : IsInjective(f)}
Surjection(S, T) == {f \in [S -> T] : \A t \in T : \E s \in S : f[s] = t}
Bijection(S, T) == Injection(S, T) \cap Surjection(S, T)

\* There is such a function from S to T.
ExistsInjection(S, T) == Injection(S, T) # {}
ExistsSurjection(S, T) == Surjection(S, T) # {}
ExistsBijection(S, T) == Bijection(S, T) # {}

-----------------------------------------------------------------------------

\* Fold op over the values fun[i] for i in the finite set indices, starting
\* from base.
FoldFunctionOnSet(op(_, _), base, fun, indices) ==
  MapThenFoldSet(op, base, LAMBDA i : fun[i],
                 LAMBDA D : CHOOSE i \in D : TRUE, indices)

\* Fold op over all values of fun, starting from base.
FoldFunction(op(_, _), base, fun) == FoldFunctionOnSet(op, base, fun, DOMAIN fun)

\* The sum of the values fun[i] for i in indices / in DOMAIN fun.
SumFunctionOnSet(fun, indices) ==
  FoldFunctionOnSet(LAMBDA a, b : a + b, 0, fun, indices)
SumFunction(fun) == SumFunctionOnSet(fun, DOMAIN fun)
=============================================================================
