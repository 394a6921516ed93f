---- MODULE community ----
EXTENDS Integers, Sequences, FiniteSets, SequencesExt, FiniteSetsExt, Functions, Folds
====
# SequencesExt
ToSet(<<1, 2, 1>>)  ==>  {1, 2}
ToSet(<<>>)  ==>  {}
SetToSeq({5})  ==>  <<5>>
SetToSeq({})  ==>  <<>>
Len(SetToSeq({1, 2, 3}))  ==>  3
ToSet(SetToSeq({1, 2, 3}))  ==>  {1, 2, 3}
Reverse(<<1, 2, 3>>)  ==>  <<3, 2, 1>>
Reverse(<<>>)  ==>  <<>>
Front(<<1, 2, 3>>)  ==>  <<1, 2>>
Front(<<1>>)  ==>  <<>>
Last(<<1, 2, 3>>)  ==>  3
IsPrefix(<<1, 2>>, <<1, 2, 3>>)  ==>  TRUE
IsPrefix(<<>>, <<1>>)  ==>  TRUE
IsPrefix(<<2>>, <<1, 2>>)  ==>  FALSE
IsPrefix(<<1, 2, 3>>, <<1, 2>>)  ==>  FALSE
IsStrictPrefix(<<1, 2>>, <<1, 2>>)  ==>  FALSE
IsSuffix(<<2, 3>>, <<1, 2, 3>>)  ==>  TRUE
Remove(<<1, 2, 1, 3>>, 1)  ==>  <<2, 3>>
Remove(<<1, 2>>, 5)  ==>  <<1, 2>>
ReplaceAll(<<1, 2, 1>>, 1, 9)  ==>  <<9, 2, 9>>
Contains(<<1, 2>>, 2)  ==>  TRUE
Contains(<<>>, 2)  ==>  FALSE
Cons(0, <<1, 2>>)  ==>  <<0, 1, 2>>
InsertAt(<<1, 3>>, 2, 2)  ==>  <<1, 2, 3>>
RemoveAt(<<1, 2, 3>>, 2)  ==>  <<1, 3>>
FlattenSeq(<<<<1>>, <<>>, <<2, 3>>>>)  ==>  <<1, 2, 3>>
SelectInSeq(<<5, 6, 7>>, LAMBDA x : x > 5)  ==>  2
SelectInSeq(<<5, 6, 7>>, LAMBDA x : x > 9)  ==>  0
FoldSeq(LAMBDA a, b : a + b, 0, <<1, 2, 3>>)  ==>  6
FoldLeft(LAMBDA acc, x : acc * 10 + x, 0, <<1, 2, 3>>)  ==>  123
FoldLeft(LAMBDA a, b : a - b, 10, <<1, 2, 3>>)  ==>  4
FoldLeft(LAMBDA a, b : a + b, 7, <<>>)  ==>  7
FoldRight(LAMBDA x, acc : acc * 10 + x, <<1, 2, 3>>, 0)  ==>  321
FoldRight(LAMBDA a, b : a - b, <<1, 2, 3>>, 10)  ==>  -8
# FiniteSetsExt
FoldSet(LAMBDA a, b : a + b, 0, {1, 2, 3})  ==>  6
FoldSet(LAMBDA a, b : a \cup b, {}, {{1}, {2, 3}})  ==>  {1, 2, 3}
SumSet({1, 2, 3, 4})  ==>  10
SumSet({})  ==>  0
ProductSet({2, 3, 4})  ==>  24
Max({3, 1, 2})  ==>  3
Min({3, 1, 2})  ==>  1
Max({-5, -2})  ==>  -2
Quantify(1..10, LAMBDA x : x % 3 = 0)  ==>  3
Quantify({}, LAMBDA x : TRUE)  ==>  0
kSubset(2, {1, 2, 3})  ==>  {{1, 2}, {1, 3}, {2, 3}}
Cardinality(kSubset(2, 1..4))  ==>  6
kSubset(0, {1, 2})  ==>  {{}}
kSubset(3, {1, 2})  ==>  {}
SymDiff({1, 2}, {2, 3})  ==>  {1, 3}
FlattenSet({{1}, {2, 3}})  ==>  {1, 2, 3}
MapThenSumSet(LAMBDA x : x * x, {1, 2, 3})  ==>  14
ReduceSet(LAMBDA a, b : a + b, {1, 2}, 10)  ==>  13
ChooseUnique({1, 2, 3}, LAMBDA x : x > 2)  ==>  3
# Functions
Range(<<1, 1, 2>>)  ==>  {1, 2}
Range([a |-> "x", b |-> "y"])  ==>  {"x", "y"}
Range(<<>>)  ==>  {}
Restrict(<<1, 2, 3>>, {1, 2})  ==>  <<1, 2>>
Restrict([a |-> 1, b |-> 2], {"a"})  ==>  [a |-> 1]
IsInjective(<<1, 2, 3>>)  ==>  TRUE
IsInjective(<<1, 2, 1>>)  ==>  FALSE
IsInjective(<<>>)  ==>  TRUE
Inverse(<<"a", "b">>, {1, 2}, {"a", "b"})  ==>  [a |-> 1, b |-> 2]
AntiFunction(<<"a", "b">>)  ==>  [a |-> 1, b |-> 2]
Cardinality(Injection(1..2, 1..3))  ==>  6
Cardinality(Surjection(1..3, 1..2))  ==>  6
Bijection(1..2, 1..2)  ==>  {<<1, 2>>, <<2, 1>>}
ExistsBijection(1..2, 1..3)  ==>  FALSE
FoldFunction(LAMBDA a, b : a + b, 0, <<1, 2, 3>>)  ==>  6
SumFunction([a |-> 2, b |-> 3])  ==>  5
# Folds
MapThenFoldSet(LAMBDA a, b : a + b, 0, LAMBDA x : 2 * x, LAMBDA T : CHOOSE x \in T : TRUE, {1, 2, 3})  ==>  12
MapThenFoldSet(LAMBDA x, acc : <<x>> \o acc, <<>>, LAMBDA x : x, LAMBDA T : CHOOSE x \in T : \A y \in T : x <= y, {3, 1, 2})  ==>  <<1, 2, 3>>
