---- MODULE sequences ----
EXTENDS Integers, Sequences, FiniteSets, TLC
IsEven(x) == x % 2 = 0
s3 == <<10, 20, 30>>
====
# Seq membership
<<1, 2>> \in Seq({1, 2})  ==>  TRUE
<<1, 3>> \in Seq({1, 2})  ==>  FALSE
<<>> \in Seq({1})  ==>  TRUE
<<>> \in Seq({})  ==>  TRUE
<<1, 2, 3>> \in Seq(Nat)  ==>  TRUE
<<1, -2>> \in Seq(Nat)  ==>  FALSE
[i \in 1..3 |-> i] \in Seq(Int)  ==>  TRUE
<<<<1>>, <<>>>> \in Seq(Seq({1}))  ==>  TRUE
# Len, Head, Tail
Len(<<>>)  ==>  0
Len(s3)  ==>  3
Len(<<<<1, 2>>, <<3>>>>)  ==>  2
Head(s3)  ==>  10
Head(<<<<1>>, <<2>>>>)  ==>  <<1>>
Tail(s3)  ==>  <<20, 30>>
Tail(<<1>>)  ==>  <<>>
Head(Tail(s3))  ==>  20
Len(Tail(Tail(s3)))  ==>  1
# Append and \o
Append(<<>>, 1)  ==>  <<1>>
Append(s3, 40)  ==>  <<10, 20, 30, 40>>
Append(<<1>>, <<2>>)  ==>  <<1, <<2>>>>
Len(Append(<<1>>, <<2, 3>>))  ==>  2
Append(Tail(s3), Head(s3))  ==>  <<20, 30, 10>>
<<1>> \o <<2, 3>>  ==>  <<1, 2, 3>>
<<>> \o <<>>  ==>  <<>>
s3 \o <<>>  ==>  <<10, 20, 30>>
<<>> \o s3  ==>  <<10, 20, 30>>
<<1, 2>> \o <<1, 2>>  ==>  <<1, 2, 1, 2>>
# SubSeq
SubSeq(s3, 2, 3)  ==>  <<20, 30>>
SubSeq(s3, 1, 3)  ==>  <<10, 20, 30>>
SubSeq(s3, 2, 2)  ==>  <<20>>
SubSeq(s3, 2, 1)  ==>  <<>>
SubSeq(s3, 4, 3)  ==>  <<>>
# SelectSeq
SelectSeq(<<1, 2, 3, 4>>, IsEven)  ==>  <<2, 4>>
SelectSeq(<<1, 3>>, IsEven)  ==>  <<>>
SelectSeq(<<>>, IsEven)  ==>  <<>>
SelectSeq(<<3, 1, 2, 5>>, LAMBDA x : x > 1)  ==>  <<3, 2, 5>>
# sequences are functions
s3[3]  ==>  30
DOMAIN s3  ==>  {1, 2, 3}
<<1, 2>> # <<2, 1>>  ==>  TRUE
<<1, 1>> = <<1>>  ==>  FALSE
(1 :> 5 @@ 2 :> 6) = <<5, 6>>  ==>  TRUE
{<<1>>, <<1>>}  ==>  {<<1>>}
# errors
Head(<<>>)  ==>  ERROR eval 55:1
Tail(<<>>)  ==>  ERROR eval 56:1
1 + Head(<<>>)  ==>  ERROR eval 57:5
s3[4]  ==>  ERROR eval 58:1
s3[0]  ==>  ERROR eval 59:1
# strings are sequences of characters for \o, Len, SubSeq and Tail (as in TLC); not for Head
"ab" \o "c"  ==>  "abc"
"" \o "x"  ==>  "x"
"" \o ""  ==>  ""
Len("abc")  ==>  3
Len("")  ==>  0
SubSeq("abcdef", 2, 4)  ==>  "bcd"
SubSeq("abc", 1, 3)  ==>  "abc"
SubSeq("abc", 3, 2)  ==>  ""
SubSeq("abc", 2, 4)  ==>  ERROR eval 69:1
Tail("abc")  ==>  "bc"
Tail("a")  ==>  ""
Tail("")  ==>  ERROR eval 72:1
Head("abc")  ==>  ERROR eval 73:1
