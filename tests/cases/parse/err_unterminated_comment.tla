---- MODULE err_unterminated_comment ----
x == 1
(* this comment is never closed
y == 2
====
ERROR: lex 3:1
