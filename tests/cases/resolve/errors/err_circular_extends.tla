---- MODULE err_circular_extends ----
EXTENDS CycleHelper
A == 1
====
ERROR: missing-module 2:9
