---- MODULE mod_instance_named ----
VARIABLE c
Counter == INSTANCE Count WITH count <- c, max <- 10
Next == Counter!Next
====
EXPECT:
(variable c)
(def Counter () (instance Count (count c) (max 10)))
(def Next () Counter!Next)
