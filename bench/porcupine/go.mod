module vouch/bench/porcupine

go 1.18

// Built against a local copy of Porcupine's source (never committed here), put in place by a
// go.work file outside the repository: see the header of bench/history.sh.
require github.com/anishathalye/porcupine v1.3.0
