---- MODULE mod_lemma_corollary ----
LEMMA L1 == TRUE
  OBVIOUS
COROLLARY C1 == TRUE
  PROOF OBVIOUS
z == 0
====
EXPECT:
(theorem L1 TRUE)
(theorem C1 TRUE)
(def z () 0)
