---- MODULE functiondomains ----
EXTENDS Integers, FiniteSets
\* Binders of several kinds in one function: names, and a tuple binder that takes one component
\* of the argument (TLC's test10).
f3[i, j \in Int, <<k, l>> \in Int \X Int, m \in {5, 7, 8}] == i + j + k + l + m + 40
g[<<a, b>> \in {1, 2} \X {3, 4}] == a * b
\* A function over an infinite set: DOMAIN membership is decided without building it (test11).
inc[i \in Int] == i + 3
====
f3[1, 2, <<3, 4>>, 5]                        ==>  55
f3[<<1, 2, <<3, 4>>, 5>>]                    ==>  55
g[2, 4]                                      ==>  8
g[<<1, 3>>]                                  ==>  3
5 \in DOMAIN inc                             ==>  TRUE
"a" \in DOMAIN inc                           ==>  FALSE
5 \in DOMAIN [i \in Int |-> i + 3]           ==>  TRUE
{1, 2, 3} \in DOMAIN [T \in SUBSET Int |-> T \cup {1}]  ==>  TRUE
<<1, 2, <<3, 4>>, 5>> \in DOMAIN f3          ==>  TRUE
<<1, 2, <<3, 4>>, 6>> \in DOMAIN f3          ==>  FALSE
<<1, 2, 3, 4, 5>> \in DOMAIN f3              ==>  FALSE
f3[1, 2, 3, 4, 5]                            ==>  ERROR eval 21:1
f3[1, 2, <<3, 4>>, 6]                        ==>  ERROR eval 22:1
DOMAIN [i \in {1}, <<k, l>> \in {<<2, 3>>} |-> i + k + l]                          ==>  {<<1, <<2, 3>>>>}
LET h == [i \in {1}, <<k, l>> \in {<<2, 3>>} |-> i + k + l] IN h[1, <<2, 3>>]     ==>  6
DOMAIN [<<k, l>> \in {<<2, 3>>} |-> k + l]                                         ==>  {<<2, 3>>}
DOMAIN [i, j \in {1, 2} |-> i + j]                                                 ==>  {<<1, 1>>, <<1, 2>>, <<2, 1>>, <<2, 2>>}
