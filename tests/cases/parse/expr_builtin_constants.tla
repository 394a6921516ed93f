---- MODULE expr_builtin_constants ----
a == {TRUE, FALSE} = BOOLEAN
b == "s" \in STRING
====
EXPECT:
(def a () (= ({} TRUE FALSE) BOOLEAN))
(def b () (\in "s" STRING))
