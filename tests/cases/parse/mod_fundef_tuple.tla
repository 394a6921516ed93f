---- MODULE mod_fundef_tuple ----
first[<<a, b>> \in S \X T] == a
====
EXPECT:
(fundef first ((<<a b>> \in (\X S T))) a)
