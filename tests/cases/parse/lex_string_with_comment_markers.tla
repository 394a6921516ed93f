---- MODULE lex_string_with_comment_markers ----
a == "(* not a comment *)"
b == "\\* nor this"
c == "x == 1 ===="
====
EXPECT:
(def a () "(* not a comment *)")
(def b () "\\* nor this")
(def c () "x == 1 ====")
