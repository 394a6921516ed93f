---- MODULE IoNatives ----
\* The CommunityModules operators that reach outside the spec (IOUtils, CSV, Json writers) and the
\* TLCExt registers, each checked against what TLC's implementations give. Files go to a fresh
\* temporary folder (mktemp -d), removed at the end.
EXTENDS Integers, Sequences, IOUtils, CSV, Json, TLCExt, TLC

Trim(s) == IF Len(s) > 0 /\ SubSeq(s, Len(s), Len(s)) = "\n" THEN SubSeq(s, 1, Len(s) - 1) ELSE s

ASSUME
  LET echo == IOExec(<<"echo", "hello", "world">>)
      fail == IOExec(<<"sh", "-c", "echo oops >&2; exit 3">>)
      env  == IOEnvExec([IO_NATIVES_X |-> "abc", IO_NATIVES_N |-> 42], <<"sh", "-c", "echo $IO_NATIVES_X$IO_NATIVES_N">>)
      tmpl == IOExecTemplate(<<"echo", "%1$s-%2$s", "%s">>, <<"a", "b">>)
  IN /\ echo = [exitValue |-> 0, stdout |-> "hello world\n", stderr |-> ""]
     /\ fail.exitValue = 3 /\ fail.stderr = "oops\n" /\ fail.stdout = ""
     /\ env.stdout = "abc42\n"
     /\ tmpl.stdout = "a-b a\n"

ASSUME
  LET dir  == Trim(IOExec(<<"mktemp", "-d">>).stdout)
      txt  == dir \o "/out.txt"
      csv  == dir \o "/out.csv"
      js   == dir \o "/sub/out.json"
      nd   == dir \o "/out.ndjson"
      w1   == Serialize("line one\n", txt, [format |-> "TXT", charset |-> "UTF-8",
                                             openOptions |-> <<"WRITE", "CREATE", "TRUNCATE_EXISTING">>])
      w2   == Serialize("line two\n", txt, [format |-> "TXT", charset |-> "UTF-8",
                                             openOptions |-> <<"APPEND">>])
      r    == Deserialize(txt, [format |-> "TXT", charset |-> "UTF-8"])
      gone == Deserialize(dir \o "/none.txt", [format |-> "TXT", charset |-> "UTF-8"])
  IN /\ w1.exitValue = 0
     /\ w2.exitValue = 0
     /\ r = [exitValue |-> 0, stdout |-> "line one\nline two\n", stderr |-> ""]
     /\ gone.exitValue = 1
     /\ CSVRecords(csv) = 0
     /\ CSVRead(<<"a", "b">>, "#", csv) = <<>>
     /\ CSVWrite("%1$s#%2$s", <<1, "x">>, csv)
     /\ CSVWrite("%1$s#%2$s", <<2, "y">>, csv)
     /\ CSVRecords(csv) = 2
     /\ CSVRead(<<"a", "b">>, "#", csv) = <<[a |-> "1", b |-> "\"x\""], [a |-> "2", b |-> "\"y\""]>>
     /\ JsonSerialize(js, [a |-> 1, b |-> <<TRUE, "s">>])
     /\ JsonDeserialize(js) = [a |-> 1, b |-> <<TRUE, "s">>]
     /\ ndJsonSerialize(nd, <<[k |-> 1], <<2, 3>>>>)
     /\ ndJsonDeserialize(nd) = <<[k |-> 1], <<2, 3>>>>
     /\ IOExec(<<"rm", "-r", dir>>).exitValue = 0

ASSUME ToJsonArray(<<1, "a">>) = "[1,\"a\"]"
ASSUME ToJsonArray({3, 1}) = "[1,3]"
ASSUME ToJsonObject([a |-> 1]) = "{\"a\":1}"
ASSUME ToJsonObject(<<"x", "y">>) = "[\"x\",\"y\"]"
ASSUME ToJsonObject([n \in 1..2 |-> "a"]) = "[\"a\",\"a\"]"
ASSUME ToJsonObject(1 :> "b" @@ 0 :> "c") = "{\"0\":\"c\",\"1\":\"b\"}"
ASSUME TLCModelValue("mv") # TLCModelValue("other")
ASSUME TLCModelValue("mv") = TLCModelValue("mv")
ASSUME PickSuccessor(1 = 1)

VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1

\* Registers: TLCGetOrDefault gives the default until a register is set; TLCGetAndSet gives the
\* old value and stores Op(old, val).
Registers ==
  /\ TLCGetOrDefault(7, "none") = IF x = 0 THEN "none" ELSE x - 1
  /\ TLCGetAndSet(8, +, 10, 100) = 100 + 10 * x
  /\ TLCSet(7, x)
====
