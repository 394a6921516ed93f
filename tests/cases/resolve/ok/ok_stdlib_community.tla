---- MODULE ok_stdlib_community ----
EXTENDS Naturals, Json, IOUtils, SequencesExt
J == ToJson([a |-> 1])
W == JsonSerialize("/tmp/out.json", <<1, 2>>)
E == IOExec(<<"ls", "-l">>).exitValue = 0
R == Reverse(<<1, 2>>) = <<2, 1>> /\ ToSet(<<1>>) = {1} /\ Last(<<3>>) = 3
====
EXPECT:
(extends Naturals Json IOUtils SequencesExt)
(def J () (ToJson (record (a 1))))
(def W () (JsonSerialize "/tmp/out.json" (<<>> 1 2)))
(def E () (= (. (IOExec (<<>> "ls" "-l")) exitValue) 0))
(def R () (/\ (/\ (= (Reverse (<<>> 1 2)) (<<>> 2 1)) (= (ToSet (<<>> 1)) ({} 1))) (= (Last (<<>> 3)) 3)))
