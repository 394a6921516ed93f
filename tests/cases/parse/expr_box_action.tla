---- MODULE expr_box_action ----
a == [Next]_vars
b == [Next]_<<x, y>>
c == <<Next>>_vars
d == [x' = x + 1]_x
e == [][TRUE]_<<>>
====
EXPECT:
(def a () ([]_ Next vars))
(def b () ([]_ Next (<<>> x y)))
(def c () (<>_ Next vars))
(def d () ([]_ (= (prime x) (+ x 1)) x))
(def e () ([] ([]_ TRUE (<<>>))))
