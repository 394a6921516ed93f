---- MODULE mod_lemma_corollary ----
LEMMA L1 == TRUE
  OBVIOUS
COROLLARY C1 == TRUE
  PROOF OBVIOUS
z == 0
====
EXPECT:
(theorem L1)
(theorem C1)
(def z () 0)
