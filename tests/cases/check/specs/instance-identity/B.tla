---- MODULE B ----
EXTENDS Naturals
CONSTANT S
Total == S * 10
====
