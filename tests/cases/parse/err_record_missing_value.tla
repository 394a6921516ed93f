---- MODULE err_record_missing_value ----
x == [a |-> ]
====
ERROR: syntax 2:13
