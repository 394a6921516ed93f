#pragma once
// Explicit-state model checking (`vouch check`): breadth-first search with a fingerprint set,
// TLC's counting (states generated include duplicates; distinct states are new fingerprints).

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "vouch/refinement/eval.hpp"
#include "vouch/spec-frontend/cfg.hpp"

namespace vouch::refinement {

enum class Verdict { Conforms, Violates, Unknown };

struct CheckOptions {
  uint64_t maxStates = 0;        // distinct states; 0 = unbounded
  double timeoutSeconds = 0;     // 0 = unbounded
  uint64_t maxMemoryBytes = 0;   // resident memory of the process; 0 = unbounded
  std::optional<bool> checkDeadlock;  // overrides the .cfg
  /// Checking threads (TLC's -workers). With more than one the search goes level by level;
  /// the counts are the same, a violation may be another of the same length.
  size_t workers = 1;
  /// Explore without the .cfg's SYMMETRY (see explore()).
  bool ignoreSymmetry = false;
  /// Called about once a second with (distinct, generated, queue) when set.
  std::function<void(uint64_t, uint64_t, uint64_t)> progress;
};

struct CheckResult {
  Verdict verdict = Verdict::Conforms;
  uint64_t generated = 0;
  uint64_t distinct = 0;
  uint64_t depth = 0;
  uint64_t leftOnQueue = 0;
  double elapsedSeconds = 0;
  // A violation: what was violated and the shortest behavior leading to it.
  std::string violationKind;  // "invariant", "deadlock", "property", "error"
  std::string violationName;  // invariant/property name
  std::vector<State> trace;
  /// A liveness violation: the behavior is `trace` and then back to trace[*loopTo] (-1: then
  /// stuttering in the last state forever; -2: `trace` alone violates the property).
  std::optional<int64_t> loopTo;
  std::optional<frontend::Diagnostic> error;  // for "error": the evaluation error
  std::string unknownReason;                  // for Unknown: which budget ran out
  std::vector<std::string> warnings;          // e.g. properties that were not checked
};

/// Explores the model. Evaluation errors in the spec become a result with violationKind
/// "error" (and the behavior that led there); input errors in the .cfg throw InputError.
CheckResult explore(const Model& model, const frontend::Config& cfg, const CheckOptions& opts);

/// The state as TLC prints it: `/\ x = 1` lines.
std::string formatState(const Model& model, const State& s);

}  // namespace vouch::refinement
