---- MODULE lex_unicode_in_strings_and_comments ----
(* ∧ ∨ ≜ inside a comment are not tokens *)
a == "∀ ⟨x⟩"
====
EXPECT:
(def a () "∀ ⟨x⟩")
