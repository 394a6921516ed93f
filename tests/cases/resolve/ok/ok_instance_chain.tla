---- MODULE ok_instance_chain ----
VARIABLE v
PP == INSTANCE Pair WITH Lo <- 0, Hi <- 7, cell <- v
Ok == PP!Bounded /\ PP!C!Inc
====
EXPECT:
(variable v)
(def PP () (instance Pair (Lo 0) (Hi 7) (cell v)))
(def Ok () (/\ PP!Bounded PP!C!Inc))
