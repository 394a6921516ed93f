---- MODULE LocalHelper ----
LOCAL Secret == 1
a + b == a
Pub == Secret
====
