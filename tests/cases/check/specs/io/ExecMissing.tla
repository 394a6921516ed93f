---- MODULE ExecMissing ----
EXTENDS IOUtils
ASSUME IOExec(<<"vouch-no-such-command">>).exitValue = 0
VARIABLE x
Init == x = 0
Next == UNCHANGED x
====
