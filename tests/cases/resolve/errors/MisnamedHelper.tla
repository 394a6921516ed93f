---- MODULE SomeOtherName ----
A == 1
====
