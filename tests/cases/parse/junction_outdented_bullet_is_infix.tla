---- MODULE junction_outdented_bullet_is_infix ----
Op == /\ a
    /\ b
====
EXPECT:
(def Op () (/\ (and a) b))
