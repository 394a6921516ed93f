---- MODULE HourImpl ----
(* Two implementations of Hour checked against its Spec (a refinement PROPERTY): one that
   sometimes stutters, one that skips an hour from 11. *)
EXTENDS Naturals
VARIABLE hr
Init == hr = 9
BadInit == hr = 13
Ticks == hr' = IF hr = 12 THEN 1 ELSE hr + 1
NextStutter == Ticks \/ UNCHANGED hr
NextSkip == hr' = IF hr = 12 THEN 1 ELSE IF hr = 11 THEN 1 ELSE hr + 1
H == INSTANCE Hour
HourSpec == H!Spec
====
