---- MODULE err_unterminated_nested_comment ----
x == 1
(* outer (* inner *) outer still open
y == 2
====
ERROR: lex 3:1
