-------------------------------- MODULE Json --------------------------------
(***************************************************************************)
(* Conversion of TLA+ values to JSON text, and reading and writing JSON    *)
(* files.  All operators are evaluated natively by Vouch.                  *)
(***************************************************************************)
LOCAL INSTANCE Sequences
LOCAL INSTANCE FiniteSets
LOCAL INSTANCE TLC

\* The JSON text for value: sequences and sets become arrays, records and
\* other functions become objects.
ToJson(value) == CHOOSE v : TRUE               \* native

\* The JSON array text for the values of the function value.
ToJsonArray(value) == CHOOSE v : TRUE          \* native

\* The JSON object text for the function value.
ToJsonObject(value) == CHOOSE v : TRUE         \* native

\* Write value as JSON to the file; equals TRUE.
JsonSerialize(absoluteFilename, value) == CHOOSE v : TRUE       \* native

\* The value stored as JSON in the file.
JsonDeserialize(absoluteFilename) == CHOOSE v : TRUE            \* native

\* Write the sequence value to the file as newline-delimited JSON (one line
\* per element); equals TRUE.
ndJsonSerialize(absoluteFilename, value) == CHOOSE v : TRUE     \* native

\* The sequence of values stored as newline-delimited JSON in the file.
ndJsonDeserialize(absoluteFilename) == CHOOSE v : TRUE          \* native
=============================================================================
