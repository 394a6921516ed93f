---- MODULE lex_keyword_prefixes ----
LETTER == 1
INx == 2
IFF == 3
THENCE == LETTER + INx
Elsewhere == IFF
OTHERWISE == 1
====
EXPECT:
(def LETTER () 1)
(def INx () 2)
(def IFF () 3)
(def THENCE () (+ LETTER INx))
(def Elsewhere () IFF)
(def OTHERWISE () 1)
