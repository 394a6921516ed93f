---- MODULE err_invalid_char_unicode ----
s ≜ ⟨1, 2⟩ € 3
====
ERROR: lex 2:12
