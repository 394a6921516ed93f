---- MODULE ok_named_instance ----
EXTENDS Naturals
VARIABLE x, y
CX == INSTANCE Counter WITH Max <- 3, count <- x
CY == INSTANCE Counter WITH Max <- 5, count <- y
Init == CX!Init /\ CY!Init
Next == (CX!Next /\ UNCHANGED y) \/ (CY!Next /\ UNCHANGED x)
Spec == Init /\ [][Next]_<<x, y>>
Inv == CX!TypeOK /\ CY!TypeOK
====
EXPECT:
(extends Naturals)
(variable x)
(variable y)
(def CX () (instance Counter (Max 3) (count x)))
(def CY () (instance Counter (Max 5) (count y)))
(def Init () (/\ CX!Init CY!Init))
(def Next () (\/ (/\ CX!Next (UNCHANGED y)) (/\ CY!Next (UNCHANGED x))))
(def Spec () (/\ Init ([] ([]_ Next (<<>> x y)))))
(def Inv () (/\ CX!TypeOK CY!TypeOK))
