---- MODULE lex_string_escapes ----
a == "hello"
b == ""
c == "say \"hi\""
d == "back\\slash"
e == "line\nnext"
====
EXPECT:
(def a () "hello")
(def b () "")
(def c () "say \"hi\"")
(def d () "back\\slash")
(def e () "line\nnext")
