#pragma once
// Jepsen-style histories: the readers (EDN `history.edn`, JSON lines, Jepsen's log lines,
// Porcupine's kv format) and the pairing of invocations with their completions.
// Errors in the input are InputError(ErrorKind::Trace) at the offending line and column.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "vouch/spec-frontend/diagnostics.hpp"
#include "vouch/spec-frontend/source.hpp"

namespace vouch::trace {

/// An EDN value (also used for values read from JSON lines and Jepsen log lines).
struct Edn {
  enum class Kind : uint8_t {
    Nil,
    Bool,
    Int,
    Float,
    String,
    Keyword,
    Symbol,
    Vector,
    List,
    Map,
    Set,
    Char
  };
  Kind kind = Kind::Nil;
  bool b = false;
  int64_t i = 0;
  double f = 0;
  std::string s;             // String, Keyword (without ':'), Symbol, Char (UTF-8)
  std::vector<Edn> items;    // Vector, List, Set; Map: key, value, key, value, ...
  std::string tag;           // `#tag value`: the tag (without '#'); the value is this Edn
  frontend::SourceRange at;  // where the value is (from its first to past its last character)
  /// The map entry under keyword `key` (":key" in EDN, "key" in JSON); null if absent (or not a
  /// map). With duplicate keys, the first.
  const Edn* get(const std::string& key) const;
  /// EDN text of the value (for messages and reports), e.g. `[3 0]`, `:timed-out`, `"x"`,
  /// `{:a 1, :b 2}`, `#inst "2020"`. Reads back as the same value (an `M`/`N` suffix is lost).
  std::string toString() const;
  /// "nil", "integer", "keyword", "map", ... (for messages).
  static const char* kindName(Kind kind);
};

/// Reads every top-level EDN form of `file` (a history is a sequence of maps, one per line, or
/// one vector of maps). Throws InputError(ErrorKind::Trace) at the first malformed form:
/// unterminated string or collection, unmatched or mismatched closer, odd map, bad token or
/// number, an integer beyond 64 bits, invalid UTF-8, nesting deeper than 400 levels. Not
/// supported: a tagged value tagged again (`#a #b x`), ratios, radix and octal integers.
std::vector<Edn> readEdn(const frontend::SourceFilePtr& file);

enum class EventType : uint8_t { Invoke, Ok, Fail, Info };

/// One line (event) of a history.
struct Event {
  EventType type = EventType::Invoke;
  std::string process;  // printed form: "3", "nemesis", ...
  bool client = true;   // false for :nemesis and other non-integer processes
  std::string f;        // without ':'
  Edn value;
  Edn fields;  // the whole map (other fields such as :key, :index, :time)
  frontend::SourceRange at;
};

/// Reads a history file, detecting its format from the content: EDN maps (Jepsen history.edn,
/// Porcupine kv), JSON lines (`{"process":0,"type":"invoke","f":"read","value":null}`), or
/// Jepsen's log lines (`INFO  jepsen.util - 3\t:invoke\t:write\t4`). An empty file (or one
/// with no events) is an InputError saying the history is empty.
///
/// Detection, by the first non-blank line: a JSON object → JSON lines (one object per non-blank
/// line; "type"/"f" as "invoke" or ":invoke"; null → Nil, numbers with a fraction or exponent →
/// Float; every value's range is its whole line). Else, unless it starts like EDN (`{[(#;:"\`),
/// a `LEVEL logger - ...` line or any line `... logger - PROCESS :TYPE :F VALUE` → log lines
/// (fields split by tabs or runs of spaces; VALUE is the first EDN form after :F, nil when
/// absent; text after it, Jepsen's error, becomes the string field :error; lines not of that
/// shape are skipped). Otherwise EDN: a sequence of maps, or one vector (or list) of maps, maps
/// possibly tagged (`#jepsen.history.Op{...}`). Every event needs :type (:invoke, :ok, :fail or
/// :info), :process (an integer: a client; or a keyword such as :nemesis) and :f (a keyword);
/// :value defaults to nil.
std::vector<Event> readHistory(const frontend::SourceFilePtr& file);

/// An operation: an invocation with its completion (if any).
struct Operation {
  int id = 0;  // 0-based, in invocation order
  std::string process;
  std::string f;
  EventType outcome = EventType::Info;  // Ok, Fail, or Info (also: never completed)
  Edn invokeValue;
  std::optional<Edn> completionValue;  // absent when never completed
  const Event* invoke = nullptr;       // into the events vector
  const Event* completion = nullptr;   // null when never completed
  size_t invokeIndex = 0;              // position of the events in the history
  size_t completionIndex = SIZE_MAX;   // SIZE_MAX when never completed
};

/// Pairs each client invocation with the next completion of the same process. Errors: a
/// completion with no invocation in flight, a second invocation while one is in flight on the
/// same process, a completion whose :f differs from its invocation's. After an :info
/// completion the process may invoke again (it continues as a new logical process). Non-client
/// events (nemesis) are skipped. Invocations never completed become Info operations.
std::vector<Operation> pairOperations(const std::vector<Event>& events);

}  // namespace vouch::trace
