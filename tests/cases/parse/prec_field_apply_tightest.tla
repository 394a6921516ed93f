---- MODULE prec_field_apply_tightest ----
a == r.x + 1
b == -f[1]
c == ~r.ok
d == SUBSET f[1]
====
EXPECT:
(def a () (+ (. r x) 1))
(def b () (-. (apply f 1)))
(def c () (~ (. r ok)))
(def d () (SUBSET (apply f 1)))
