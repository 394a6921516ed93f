---- MODULE err_local_from_extended ----
EXTENDS LocalHelper
G == Pub + Secret
====
ERROR: unknown-name 3:12
