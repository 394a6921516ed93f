---- MODULE mod_instance ----
INSTANCE Naturals
INSTANCE Channel WITH Data <- Msg, chan <- inp
====
EXPECT:
(instance Naturals)
(instance Channel (Data Msg) (chan inp))
