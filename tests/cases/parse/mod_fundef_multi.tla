---- MODULE mod_fundef_multi ----
add[x \in Nat, y \in Nat] == x + y
mul[x, y \in Nat] == x * y
====
EXPECT:
(fundef add ((x \in Nat) (y \in Nat)) (+ x y))
(fundef mul ((x y \in Nat)) (* x y))
