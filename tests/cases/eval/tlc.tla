---- MODULE tlc ----
EXTENDS Integers, Sequences, FiniteSets, TLC
====
# :> and @@
(1 :> "a")[1]  ==>  "a"
(1 :> "a") = [x \in {1} |-> "a"]  ==>  TRUE
DOMAIN ("x" :> 1 @@ "y" :> 2)  ==>  {"x", "y"}
("x" :> 1 @@ "y" :> 2)["y"]  ==>  2
("x" :> 1 @@ "x" :> 2)["x"]  ==>  1
(1 :> 1) @@ (2 :> 2) @@ (3 :> 3)  ==>  <<1, 2, 3>>
("a" :> 1 @@ "b" :> 2) = [a |-> 1, b |-> 2]  ==>  TRUE
[i \in 1..2 |-> 0] @@ (3 :> 0)  ==>  <<0, 0, 0>>
# Permutations
Permutations({1, 2})  ==>  {<<1, 2>>, <<2, 1>>}
Cardinality(Permutations(1..4))  ==>  24
<<3, 1, 2>> \in Permutations({1, 2, 3})  ==>  TRUE
<<1, 1, 2>> \in Permutations({1, 2, 3})  ==>  FALSE
Permutations({"a"})  ==>  {("a" :> "a")}
# SortSeq
SortSeq(<<3, 1, 2>>, LAMBDA a, b : a < b)  ==>  <<1, 2, 3>>
SortSeq(<<3, 1, 2>>, LAMBDA a, b : a > b)  ==>  <<3, 2, 1>>
SortSeq(<<>>, LAMBDA a, b : a < b)  ==>  <<>>
SortSeq(<<2, 1, 2>>, LAMBDA a, b : a < b)  ==>  <<1, 2, 2>>
SortSeq(<<<<2, "b">>, <<1, "a">>>>, LAMBDA p, q : p[1] < q[1])  ==>  <<<<1, "a">>, <<2, "b">>>>
# ToString uses TLC's printed form
ToString(42)  ==>  "42"
ToString(-7)  ==>  "-7"
ToString(0)  ==>  "0"
ToString("ab")  ==>  "\"ab\""
ToString(TRUE)  ==>  "TRUE"
ToString(FALSE)  ==>  "FALSE"
ToString({})  ==>  "{}"
ToString({1, 2})  ==>  "{1, 2}"
ToString(<<>>)  ==>  "<<>>"
ToString(<<1, "a">>)  ==>  "<<1, \"a\">>"
ToString(<<1, <<2, 3>>>>)  ==>  "<<1, <<2, 3>>>>"
ToString({<<1, 2>>})  ==>  "{<<1, 2>>}"
ToString([a |-> 1])  ==>  "[a |-> 1]"
# Assert, Print, PrintT, TLCEval
Assert(TRUE, "m")  ==>  TRUE
Assert(1 < 2, "m")  ==>  TRUE
Assert(FALSE, "m")  ==>  ERROR eval 42:1
Assert(1 > 2, "one is not greater than two")  ==>  ERROR eval 43:1
Print("x", 5)  ==>  5
PrintT("hello")  ==>  TRUE
TLCEval(2 + 3)  ==>  5
