---- MODULE ok_local_instance ----
EXTENDS LocalInstHelper, Integers
LOCAL INSTANCE Sequences
Sixteen == Quad(4)
Double(n) == 2 * n
L == Len(<<1, 2>>) + Double(-3)
====
EXPECT:
(extends LocalInstHelper Integers)
(local (instance Sequences))
(def Sixteen () (Quad 4))
(def Double (n) (* 2 n))
(def L () (+ (Len (<<>> 1 2)) (Double (-. 3))))
