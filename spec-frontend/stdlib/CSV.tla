-------------------------------- MODULE CSV --------------------------------
(***************************************************************************)
(* Writing and reading CSV files.  All operators are evaluated natively by *)
(* Vouch.                                                                  *)
(***************************************************************************)
LOCAL INSTANCE TLC
LOCAL INSTANCE Integers

\* Append a line to file: template with its %1$s, %2$s, ... placeholders
\* filled from the sequence val; equals TRUE.
CSVWrite(template, val, file) == CHOOSE v : TRUE                   \* native

\* Append the fields headers of record, separated by delim, to file;
\* equals TRUE.
CSVWriteRecord(record, delim, headers, file) == CHOOSE v : TRUE    \* native

\* The rows of file, split at delimiter, as records with the given columns.
CSVRead(columns, delimiter, file) == CHOOSE v : TRUE               \* native

\* The number of lines in file.
CSVRecords(file) == CHOOSE v : TRUE                                \* native
============================================================================
