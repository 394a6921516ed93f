---- MODULE Helper ----
\* Uses Nat from a LOCAL INSTANCE; the .cfg of the model replaces it here by a finite set.
LOCAL INSTANCE Naturals
Small == {n \in Nat : n < 3}
====
