---- MODULE Outer2 ----
EXTENDS Naturals
VARIABLE z
Pick(n) == (n + 1) % 3
INSTANCE Middle2
====
