---- MODULE nestedfunctions ----
EXTENDS Naturals, TLC
\* A recursive function whose value is a function that refers to its own other elements: TLC
\* applies f[i] point-wise (its functions are lazy), so f[i][j] never builds f[i] whole. (From
\* TLC's own test suite, test45.)
f[i \in 0..5] == [j \in 0..5 |->
                    IF j = 0
                      THEN [k \in 0..i |-> IF k = 0 THEN i ELSE f[i][1] + 1]
                      ELSE IF i = 0 THEN j ELSE f[i-1][j] + 1]
h[i \in 0..3, j \in 0..3] == [k \in 0..3 |->
                               IF k = 0
                                 THEN IF j = 0
                                        THEN IF i = 0 THEN 0 ELSE h[i-1, j][k] + 1
                                        ELSE h[i, j-1][k] + 1
                                 ELSE h[i, j][k-1] + 1]
\* Pascal's triangle: the element memo keeps it polynomial.
c[n \in 0..60] == [k \in 0..n |-> IF k = 0 \/ k = n THEN 1 ELSE c[n-1][k-1] + c[n-1][k]]
\* Never reaches a base case: an error, not a stack overflow.
loop[i \in 0..3] == IF i = 0 THEN [k \in {1} |-> 0] ELSE [k \in {1} |-> loop[i][1] + 1]
====
f[4][3]                 ==>  7
f[4][0][2]              ==>  6
f[5][0]                 ==>  (0 :> 5 @@ 1 :> 7 @@ 2 :> 7 @@ 3 :> 7 @@ 4 :> 7 @@ 5 :> 7)
DOMAIN f[5][0]          ==>  0..5
h[1, 2][3]              ==>  6
DOMAIN h[1, 2]          ==>  0..3
h[3, 3]                 ==>  (0 :> 6 @@ 1 :> 7 @@ 2 :> 8 @@ 3 :> 9)
c[60][30]               ==>  118264581564861424
c[4]                    ==>  (0 :> 1 @@ 1 :> 4 @@ 2 :> 6 @@ 3 :> 4 @@ 4 :> 1)
f[6][0]                 ==>  ERROR eval 30:1
f[4][6]                 ==>  ERROR eval 31:1
loop[2][1]              ==>  ERROR eval 19:73
