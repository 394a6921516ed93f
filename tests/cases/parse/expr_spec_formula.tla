---- MODULE expr_spec_formula ----
Spec == Init /\ [][Next]_vars /\ WF_vars(Next)
====
EXPECT:
(def Spec () (/\ (/\ Init ([] ([]_ Next vars))) (WF vars Next)))
