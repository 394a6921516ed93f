---- MODULE err_invalid_char ----
x == a ; b
====
ERROR: lex 2:8
