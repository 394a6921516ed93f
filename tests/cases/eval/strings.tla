---- MODULE strings ----
EXTENDS Naturals, FiniteSets
names == {"alice", "bob"}
====
# equality
"abc" = "abc"  ==>  TRUE
"abc" = "abd"  ==>  FALSE
"a" = "A"  ==>  FALSE
"a" # "b"  ==>  TRUE
"" = ""  ==>  TRUE
"" = " "  ==>  FALSE
"ab" = "ab "  ==>  FALSE
"a\"b" = "a\"b"  ==>  TRUE
"a\"b" # "a\\b"  ==>  TRUE
# STRING
"abc" \in STRING  ==>  TRUE
"" \in STRING  ==>  TRUE
{"a", "b"} \subseteq STRING  ==>  TRUE
\A s \in names : s \in STRING  ==>  TRUE
# sets of strings: order and duplicates do not matter
{"b", "a"} = {"a", "b"}  ==>  TRUE
{"a", "b", "a"}  ==>  {"a", "b"}
Cardinality({"a", "b", "a"})  ==>  2
{"a", "b"} = {"a", "b", "c"}  ==>  FALSE
"alice" \in names  ==>  TRUE
"carol" \in names  ==>  FALSE
"carol" \notin names  ==>  TRUE
"abc" \in {"ab", "abc"}  ==>  TRUE
names \cup {"carol"}  ==>  {"alice", "bob", "carol"}
names \ {"bob"}  ==>  {"alice"}
names \cap {"bob", "dave"}  ==>  {"bob"}
SUBSET {"x"}  ==>  {{}, {"x"}}
Cardinality(SUBSET names)  ==>  4
{s \in names : s # "bob"}  ==>  {"alice"}
{"a"} \X {"b", "c"}  ==>  {<<"a", "b">>, <<"a", "c">>}
\E s \in names : s = "bob"  ==>  TRUE
CHOOSE s \in names : s # "alice"  ==>  "bob"
# strings inside tuples, records and functions
<<"a", "b">> = <<"a", "b">>  ==>  TRUE
<<"a", "b">> = <<"b", "a">>  ==>  FALSE
[n \in names |-> n = "bob"]["bob"]  ==>  TRUE
[n \in names |-> 0] = [alice |-> 0, bob |-> 0]  ==>  TRUE
[name |-> "x"].name  ==>  "x"
[a |-> "x"] = [a |-> "y"]  ==>  FALSE
[a |-> "x"]["a"]  ==>  "x"
IF "a" = "a" THEN "same" ELSE "diff"  ==>  "same"
CASE "b" = "a" -> 1 [] "b" = "b" -> 2  ==>  2
