---- MODULE LocalInstHelper ----
LOCAL INSTANCE Naturals
LOCAL Double(n) == n + n
Quad(n) == Double(Double(n))
====
