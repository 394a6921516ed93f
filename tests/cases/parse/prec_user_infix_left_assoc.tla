---- MODULE prec_user_infix_left_assoc ----
a $ b == <<a, b>>
a $$ b == <<a, b>>
a ## b == <<a, b>>
a \bigcirc b == <<a, b>>
a \bullet b == <<a, b>>
a (\X) b == <<a, b>>
p == 1 $ 2 $ 3
q == 1 $$ 2 $$ 3
r == 1 ## 2 ## 3
s == 1 \bigcirc 2 \bigcirc 3
t == 1 \bullet 2 \bullet 3
u == 1 (\X) 2 \otimes 3
====
EXPECT:
(def $ (a b) (<<>> a b))
(def $$ (a b) (<<>> a b))
(def ## (a b) (<<>> a b))
(def \bigcirc (a b) (<<>> a b))
(def \bullet (a b) (<<>> a b))
(def (\X) (a b) (<<>> a b))
(def p () ($ ($ 1 2) 3))
(def q () ($$ ($$ 1 2) 3))
(def r () (## (## 1 2) 3))
(def s () (\bigcirc (\bigcirc 1 2) 3))
(def t () (\bullet (\bullet 1 2) 3))
(def u () ((\X) ((\X) 1 2) 3))
