---------------------------- MODULE Naturals ----------------------------
(***************************************************************************)
(* The natural numbers and their arithmetic.                               *)
(*                                                                         *)
(* Numerals (0, 1, 2, ...) are built into the language.  The arithmetic    *)
(* operators below are evaluated natively by Vouch; a full definition in   *)
(* TLA+ would require constructing the reals axiomatically (the operators  *)
(* of this module are the restrictions of the operators on the reals), so  *)
(* the primitive ones only carry a placeholder body.  The derived          *)
(* comparison operators are defined in terms of the primitive ones.        *)
(***************************************************************************)

Nat == CHOOSE v : TRUE          \* native: the set {0, 1, 2, ...}

a + b == CHOOSE v : TRUE        \* native: addition
a - b == CHOOSE v : TRUE        \* native: subtraction
a * b == CHOOSE v : TRUE        \* native: multiplication
a ^ b == CHOOSE v : TRUE        \* native: exponentiation

a < b == CHOOSE v : TRUE        \* native: strict order on numbers
a \leq b == (a < b) \/ (a = b)  \* also written  <=  and  =<
a > b == b < a
a \geq b == b \leq a             \* also written  >=

a .. b == CHOOSE v : TRUE       \* native: the integers i with a <= i <= b

a \div b == CHOOSE v : TRUE     \* native: integer division, rounding down

\* The remainder is what is left over after integer division.
a % b == a - b * (a \div b)
=============================================================================
