------------------------------ MODULE IOUtils ------------------------------
(***************************************************************************)
(* Input and output: (de)serialization of values to and from files,        *)
(* running external commands, and the process environment.  The I/O       *)
(* operators are evaluated natively by Vouch.                              *)
(***************************************************************************)
LOCAL INSTANCE TLC
LOCAL INSTANCE Integers
LOCAL INSTANCE Sequences
LOCAL INSTANCE SequencesExt

\* Write val to the file (compressed if compress is TRUE); equals TRUE.
IOSerialize(val, absoluteFilename, compress) == CHOOSE v : TRUE    \* native

\* The value written to the file by IOSerialize.
IODeserialize(absoluteFilename, compressed) == CHOOSE v : TRUE     \* native

\* Write value to dest in the format given by the record options (e.g.
\* [format |-> "TXT", charset |-> "UTF-8", openOptions |-> <<...>>]);
\* equals a record [exitValue |-> ..., stdout |-> ..., stderr |-> ...].
Serialize(value, dest, options) == CHOOSE v : TRUE                 \* native

\* The value read from src in the format given by options.
Deserialize(src, options) == CHOOSE v : TRUE                       \* native

-----------------------------------------------------------------------------

\* Run command (a sequence of strings: the program and its arguments);
\* equals [exitValue |-> ..., stdout |-> ..., stderr |-> ...].
IOExec(command) == CHOOSE v : TRUE                                 \* native

\* The same, with the environment variables of the record env added.
IOEnvExec(env, command) == CHOOSE v : TRUE                         \* native

\* Like IOExec, after filling the %s placeholders of commandTemplate with
\* the strings in the sequence parameters.
IOExecTemplate(commandTemplate, parameters) == CHOOSE v : TRUE     \* native
IOEnvExecTemplate(env, commandTemplate, parameters) == CHOOSE v : TRUE  \* native

\* The environment variables of the process, as a record.
IOEnv == CHOOSE v : TRUE                                           \* native

\* The integer written in decimal in the string str.
atoi(str) == CHOOSE i \in Int : ToString(i) = str

\* The decimal text of the natural n, padded with leading zeros to width
\* characters.
zeroPadN(n, width) ==
  LET digits == ToString(n)
      zeros  == [i \in 1..(width - Len(digits)) |-> "0"]
  IN  FoldLeft(LAMBDA acc, z : acc \o z, "", zeros) \o digits
============================================================================
