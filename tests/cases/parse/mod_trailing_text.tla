---- MODULE mod_trailing_text ----
a == 2
====
Trailing text after the module end is ignored: b == 3
EXPECT:
(def a () 2)
