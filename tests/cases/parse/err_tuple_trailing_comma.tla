---- MODULE err_tuple_trailing_comma ----
x == <<1, 2, >>
====
ERROR: syntax 2:14
