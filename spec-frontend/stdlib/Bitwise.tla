------------------------------ MODULE Bitwise ------------------------------
(***************************************************************************)
(* Bitwise operations on natural numbers (their binary representations).  *)
(***************************************************************************)
LOCAL INSTANCE Integers

\* Apply the bit function Bit (on 0 and 1, with Bit(0, 0) = 0) to the
\* binary digits of x and y at every position.
LOCAL Bitwise2(x, y, Bit(_, _)) ==
  LET Res[pr \in Nat \X Nat] ==
        IF pr = <<0, 0>> THEN 0
        ELSE Bit(pr[1] % 2, pr[2] % 2) + 2 * Res[<<pr[1] \div 2, pr[2] \div 2>>]
  IN  Res[<<x, y>>]

\* Bitwise and / or / exclusive or.
x & y == Bitwise2(x, y, LAMBDA a, b : a * b)
x | y == Bitwise2(x, y, LAMBDA a, b : IF a + b > 0 THEN 1 ELSE 0)
x ^^ y == Bitwise2(x, y, LAMBDA a, b : (a + b) % 2)

\* Flip every bit of a up to its most significant 1 bit (Not(0) = 0).
Not(a) ==
  LET BitLength[n \in Nat] == IF n = 0 THEN 0 ELSE 1 + BitLength[n \div 2]
  IN  2^BitLength[a] - 1 - a

\* n shifted right by pos bit positions.
shiftR(n, pos) == n \div 2^pos
=============================================================================
