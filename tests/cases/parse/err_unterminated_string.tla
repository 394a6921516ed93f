---- MODULE err_unterminated_string ----
x == "abc
y == 1
====
ERROR: lex 2:6
