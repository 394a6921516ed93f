#pragma once
// History checking (`vouch history`): is there a linearization of a Jepsen-style history that
// is a behavior of an operation-level TLA+ spec? Wing–Gong search with Lowe's memo (linearized
// set + state), per-partition checking (P-compositionality), and a transition cache so that
// the evaluator runs once per (state, operation class). Mapping format: docs/history-mapping.md.

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "vouch/refinement/check.hpp"
#include "vouch/refinement/eval.hpp"
#include "vouch/trace/history.hpp"

namespace vouch::refinement {

/// A mapping file (docs/history-mapping.md), with the source location of each expression.
struct HistoryMapping {
  struct Expression {
    std::string text;
    frontend::SourceRange at;  // the JSON string holding it (just after the opening quote)
  };
  struct Operation {
    Expression action;
    std::optional<Expression> unknown;
  };
  frontend::SourceFilePtr file;
  Expression init;
  std::optional<Expression> nil;
  std::string partition;       // as written, e.g. `key` or `value[1]`; empty = no partitioning
  std::string partitionField;  // the operation field (`value`)
  std::vector<size_t> partitionPath;  // then these elements of vectors/lists, 1-based
  std::map<std::string, Operation> operations;
};

/// Reads and validates a mapping file; errors are InputError (Trace) at the offending line.
HistoryMapping readHistoryMapping(const frontend::SourceFilePtr& file);

struct HistoryOptions {
  double timeoutSeconds = 0;    // per file; 0 = unbounded
  uint64_t maxMemoryBytes = 0;  // resident memory of the process; 0 = unbounded
  bool partition = true;        // use the mapping's partition field
  bool minimize = false;        // compute a minimal non-linearizable sub-history
  double minimizeSeconds = 2;   // budget for minimizing
};

struct HistoryResult {
  Verdict verdict = Verdict::Conforms;
  std::vector<trace::Operation> operations;  // the history's operations (ids index this)
  frontend::SourceFilePtr file;              // the history file (events point into it)
  std::vector<trace::Event> events;          // kept alive for `operations`
  size_t partitions = 1;
  std::string partitionValue;  // the failing partition's value, if partitioned
  // A violation: the longest linearizable prefix found (op ids, in order), the state after
  // it, the operations that could not be placed next, and the first of them (the operation
  // whose completion could not be reached).
  std::vector<int> linearized;
  std::vector<int> unplaced;
  std::optional<int> failedOperation;
  std::string stateAfterPrefix;  // `/\ x = 1` lines
  std::vector<int> minimal;      // a minimal non-linearizable sub-history
  bool minimalComplete = false;  // false when the minimizing budget ran out
  std::string unknownReason;
  double elapsedSeconds = 0;
  // Work done
  uint64_t searchSteps = 0;
  uint64_t memoEntries = 0;
  uint64_t distinctStates = 0;
  uint64_t evaluations = 0;  // (state, operation class) pairs given to the evaluator
};

/// A spec bound to a mapping, reusable across many histories (not thread-safe: one per
/// thread). Loading errors in the spec, the .cfg or the mapping's expressions are InputError.
class HistoryChecker {
 public:
  /// `searchWorkers`: threads that search the partitions of one history in parallel (each
  /// with its own copy of the spec, loaded here).
  HistoryChecker(const std::string& specPath, const std::string& cfgPath,
                 const HistoryMapping& mapping, const std::vector<std::string>& includes,
                 size_t searchWorkers = 1);
  ~HistoryChecker();

  /// Reads and checks one history file. Input errors in the history (and evaluation errors in
  /// the spec, with the history line that led there) are InputError.
  HistoryResult checkFile(const std::string& path, const HistoryOptions& opts);

  /// A one-line description of an operation: `#12 process 3 write 4 → ok (line 25)`.
  std::string describe(const HistoryResult& r, int op) const;
  /// A multi-line explanation of a violation.
  std::string explain(const HistoryResult& r) const;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
  std::vector<std::unique_ptr<Impl>> helpers_;  // for searchWorkers > 1
};

}  // namespace vouch::refinement
