------------------------------- MODULE TLAPS -------------------------------
(***************************************************************************)
(* Proof-support module of the TLA+ proof system.  Each operator names a   *)
(* backend prover or proof tactic to be cited in a BY clause, e.g.         *)
(* BY SMT or BY Zenon; logically every such pragma is just TRUE.  The      *)
(* variants with a parameter take a timeout (the ...T forms) or an         *)
(* Isabelle tactic (IsaM).                                                 *)
(***************************************************************************)

\* SMT solvers.
SimpleArithmetic == TRUE
SMT == TRUE
SMTT(X) == TRUE
CVC3 == TRUE
CVC3T(X) == TRUE
CVC4 == TRUE
CVC4T(X) == TRUE
Yices == TRUE
YicesT(X) == TRUE
veriT == TRUE
veriTT(X) == TRUE
Zipper == TRUE
ZipperT(X) == TRUE
Z3 == TRUE
Z3T(X) == TRUE
Spass == TRUE
SpassT(X) == TRUE

\* Propositional temporal logic.
LS4 == TRUE
LS4T(X) == TRUE
PTL == TRUE

\* Zenon.
Zenon == TRUE
ZenonT(X) == TRUE

\* Isabelle: default tactic, with a timeout, with a given tactic, with both.
Isa == TRUE
IsaT(X) == TRUE
IsaM(X) == TRUE
IsaMT(X, Y) == TRUE

\* Have Isabelle use set extensionality.
IsaWithSetExtensionality == TRUE

\* Two sets with the same elements are equal.
THEOREM SetExtensionality == \A S, T : (\A x : x \in S <=> x \in T) => S = T

\* No set contains every value.
THEOREM NoSetContainsEverything == \A S : \E x : x \notin S

\* Zenon with longer timeouts.
SlowZenon == TRUE
SlowerZenon == TRUE
VerySlowZenon == TRUE
SlowestZenon == TRUE

\* Isabelle tactics: auto, force, simplification, blast (with longer
\* timeouts for the Slow... forms).
Auto == TRUE
SlowAuto == TRUE
SlowerAuto == TRUE
SlowestAuto == TRUE

Force == TRUE
SlowForce == TRUE
SlowerForce == TRUE
SlowestForce == TRUE

SimplifyAndSolve == TRUE
SlowSimplifyAndSolve == TRUE
SlowerSimplifyAndSolve == TRUE
SlowestSimplifyAndSolve == TRUE

Simplification == TRUE
SlowSimplification == TRUE
SlowerSimplification == TRUE
SlowestSimplification == TRUE

Blast == TRUE
SlowBlast == TRUE
SlowerBlast == TRUE
SlowestBlast == TRUE

AutoBlast == TRUE

\* Try several backends in turn.
AllProvers == TRUE
AllProversT(X) == TRUE
AllSMT == TRUE
AllSMTT(X) == TRUE
AllIsa == TRUE
AllIsaT(X) == TRUE

\* Proof-manager directives (expanding ENABLED and \cdot, automatic USE of
\* definitions, lambda lifting, ENABLED axioms, level comparison).
ExpandENABLED == TRUE
ExpandCdot == TRUE
AutoUSE == TRUE
Lambdify == TRUE
ENABLEDaxioms == TRUE
LevelComparison == TRUE

\* Occur only in intermediate forms inside the proof manager.
EnabledWrapper(Op(_)) == FALSE
CdotWrapper(Op(_)) == FALSE

\* Check that an obligation is trivial.
Trivial == TRUE

\* Decision procedure for propositional temporal logic.
PropositionalTemporalLogic == TRUE
=============================================================================
