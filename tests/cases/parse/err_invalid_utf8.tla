---- MODULE err_invalid_utf8 ----
x == "café"
====
ERROR: lex 2:10
