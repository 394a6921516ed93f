---- MODULE expr_tuple_nested ----
a == <<<<1>>, 2>>
b == <<1, <<2>>>>
====
EXPECT:
(def a () (<<>> (<<>> 1) 2))
(def b () (<<>> 1 (<<>> 2)))
