---- MODULE ok_spec_fairness ----
EXTENDS Naturals
VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\ y = 0
IncX == x' = x + 1 /\ UNCHANGED y
IncY == y' = y + 1 /\ UNCHANGED <<x>>
Next == IncX \/ IncY
Spec == Init /\ [][Next]_vars /\ WF_vars(IncX) /\ SF_<<x, y>>(IncY)
Live == []<>(x > 0) /\ ((x = 0) ~> (x = 1)) /\ <>[](y >= 0)
Prog == []<><<Next>>_vars /\ [](ENABLED IncX)
Prime == (x + y)' = x' + y' /\ Init'
Hidden == \EE z : []((z = x) /\ [][z' = z + 1]_z)
ConstLevel == \AA z : TRUE
====
EXPECT:
(extends Naturals)
(variable x)
(variable y)
(def vars () (<<>> x y))
(def Init () (/\ (= x 0) (= y 0)))
(def IncX () (/\ (= (prime x) (+ x 1)) (UNCHANGED y)))
(def IncY () (/\ (= (prime y) (+ y 1)) (UNCHANGED (<<>> x))))
(def Next () (\/ IncX IncY))
(def Spec () (/\ (/\ (/\ Init ([] ([]_ Next vars))) (WF vars IncX)) (SF (<<>> x y) IncY)))
(def Live () (/\ (/\ ([] (<> (> x 0))) (~> (= x 0) (= x 1))) (<> ([] (>= y 0)))))
(def Prog () (/\ ([] (<> (<>_ Next vars))) ([] (ENABLED IncX))))
(def Prime () (/\ (= (prime (+ x y)) (+ (prime x) (prime y))) (prime Init)))
(def Hidden () (\EE (z) ([] (/\ (= z x) ([] ([]_ (= (prime z) (+ z 1)) z))))))
(def ConstLevel () (\AA (z) TRUE))
