---- MODULE bags ----
EXTENDS Naturals, Bags, BagsExt, TLC
B == ("a" :> 2 @@ "b" :> 1)
====
# SetToBag, BagToSet, EmptyBag
SetToBag({1, 2})  ==>  (1 :> 1 @@ 2 :> 1)
SetToBag({}) = EmptyBag  ==>  TRUE
BagToSet(B)  ==>  {"a", "b"}
BagToSet(SetToBag({3, 4}))  ==>  {3, 4}
BagToSet(EmptyBag)  ==>  {}
# BagIn, CopiesIn, BagCardinality
BagIn("a", B)  ==>  TRUE
BagIn("c", B)  ==>  FALSE
BagIn(1, EmptyBag)  ==>  FALSE
CopiesIn("a", B)  ==>  2
CopiesIn("b", B)  ==>  1
CopiesIn("c", B)  ==>  0
CopiesIn(1, EmptyBag)  ==>  0
BagCardinality(B)  ==>  3
BagCardinality(EmptyBag)  ==>  0
BagCardinality(SetToBag(1..5))  ==>  5
# (+) and (-)
SetToBag({1, 2}) (+) SetToBag({2, 3})  ==>  (1 :> 1 @@ 2 :> 2 @@ 3 :> 1)
B (+) B  ==>  ("a" :> 4 @@ "b" :> 2)
B (+) EmptyBag  ==>  ("a" :> 2 @@ "b" :> 1)
B (-) SetToBag({"a"})  ==>  ("a" :> 1 @@ "b" :> 1)
B (-) SetToBag({"b"})  ==>  ("a" :> 2)
B (-) B = EmptyBag  ==>  TRUE
BagToSet(B (-) SetToBag({"a", "b"}))  ==>  {"a"}
SetToBag({"c"}) (-) B  ==>  ("c" :> 1)
BagCardinality(B (+) SetToBag({"c"}))  ==>  4
# IsABag, \sqsubseteq, BagUnion, BagOfAll, SubBag
IsABag(B)  ==>  TRUE
IsABag(SetToBag({1}))  ==>  TRUE
IsABag(1 :> 0)  ==>  FALSE
SetToBag({"a"}) \sqsubseteq B  ==>  TRUE
B \sqsubseteq SetToBag({"a", "b"})  ==>  FALSE
BagUnion({SetToBag({1}), SetToBag({1, 2})})  ==>  (1 :> 2 @@ 2 :> 1)
BagOfAll(LAMBDA x : x % 2, (1 :> 1 @@ 2 :> 1 @@ 3 :> 2))  ==>  (0 :> 1 @@ 1 :> 3)
("a" :> 1) \in SubBag(B)  ==>  TRUE
("a" :> 3) \in SubBag(B)  ==>  FALSE
# BagsExt
BagAdd(B, "b")  ==>  ("a" :> 2 @@ "b" :> 2)
BagAdd(B, "c")  ==>  ("a" :> 2 @@ "b" :> 1 @@ "c" :> 1)
BagRemove(B, "a")  ==>  ("a" :> 1 @@ "b" :> 1)
BagRemove(B, "b")  ==>  ("a" :> 2)
BagRemove(B, "z")  ==>  ("a" :> 2 @@ "b" :> 1)
BagRemoveAll(B, "a")  ==>  ("b" :> 1)
SumBag(1 :> 2 @@ 3 :> 1)  ==>  5
ProductBag(2 :> 3 @@ 5 :> 1)  ==>  40
FoldBag(LAMBDA x, y : x + y, 0, (2 :> 3))  ==>  6
