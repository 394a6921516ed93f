#pragma once
// The linearizability search behind `vouch history`, independent of TLA+: operations are
// (call position, return position, class); states are small integers; a Transitions object
// says which states an operation class leads to from a state (and is asked at most once per
// pair: the answers are cached here).

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace vouch::refinement::history {

/// One operation to linearize.
struct SearchOp {
  int64_t call = 0;  // position of the invocation (smaller = earlier)
  int64_t ret = -1;  // position of the completion; -1: optional (unknown outcome, may never
                     // take effect, and may take effect any time after `call`)
  int cls = 0;       // operation class: same class = same transitions
};

/// The model: successors of (state, class). Implemented over the TLA+ evaluator.
class Transitions {
 public:
  virtual ~Transitions() = default;
  virtual void successors(int state, int cls, std::vector<int>& out) = 0;
  /// True only if the class never changes the state, in any state (a read): the search may
  /// then linearize it as soon as it is enabled, without trying alternatives.
  virtual bool readOnly(int /*cls*/) { return false; }
};

/// An open-addressing map from 64-bit keys to 32-bit values (no deletion).
class FlatMap {
 public:
  FlatMap() { rehash(64); }
  /// The value under `key`, or -1.
  int64_t find(uint64_t key) const;
  void insert(uint64_t key, uint32_t value);
  size_t size() const { return size_; }
  size_t bytes() const { return keys_.size() * (sizeof(uint64_t) + sizeof(uint32_t)); }

 private:
  void rehash(size_t capacity);
  std::vector<uint64_t> keys_;  // key + 1; 0 = empty
  std::vector<uint32_t> values_;
  size_t size_ = 0;
};

/// Successors of (state, class), computed once.
class TransitionCache {
 public:
  explicit TransitionCache(Transitions& t) : t_(t) {}
  /// Pointer to `count` successor states.
  const int* get(int state, int cls, int& count);
  uint64_t evaluations() const { return evaluations_; }
  bool readOnly(int cls) {
    if (static_cast<size_t>(cls) >= readOnly_.size())
      readOnly_.resize(static_cast<size_t>(cls) + 1, -1);
    signed char& r = readOnly_[static_cast<size_t>(cls)];
    if (r < 0) r = t_.readOnly(cls) ? 1 : 0;
    return r == 1;
  }
  size_t bytes() const { return slots_.size() * sizeof(Slot) + pool_.size() * sizeof(int); }

 private:
  // One cache line holds four slots; a deterministic transition (one successor, or none) is
  // answered from its slot alone, without touching the pool.
  struct Slot {
    uint64_t key = 0;  // (state, class) + 1; 0 = empty
    int32_t count = 0;
    int32_t value = 0;  // the successor when count == 1, else the offset in pool_
  };
  void grow();
  Transitions& t_;
  std::vector<Slot> slots_ = std::vector<Slot>(1024);
  size_t used_ = 0;
  std::vector<int> pool_;  // successor lists of nondeterministic transitions
  std::vector<int> scratch_;
  std::vector<signed char> readOnly_;  // per class: -1 not asked yet
  uint64_t evaluations_ = 0;
};

struct SearchBudget {
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
  uint64_t maxMemoryBytes = 0;  // 0 = unbounded
  uint64_t maxSteps = 0;        // 0 = unbounded
  /// Which budget ran out ("time budget exhausted", ...), or null. Memory is the larger of
  /// `accountedBytes` and the process's resident memory.
  const char* exhausted(uint64_t steps, uint64_t accountedBytes) const;
};

struct SearchOutcome {
  enum class Kind { Linearizable, NotLinearizable, Unknown } kind = Kind::Linearizable;
  std::vector<int> order;     // a linearization (success) or the longest prefix (failure)
  int stateAfter = -1;        // state after `order`
  std::vector<int> unplaced;  // failure: candidates that could not be placed after `order`
  int failed = -1;            // failure: the operation whose completion could not be passed
  std::string unknownReason;
  uint64_t steps = 0;
  uint64_t memoEntries = 0;
};

/// Wing–Gong search with Lowe's memo over `ops`, from each of `initial` in turn; resumable, so
/// that several partitions can be searched in turns (a partition that fails fast is found
/// fast, whatever the others cost).
class Linearizer {
 public:
  Linearizer(const std::vector<SearchOp>& ops, std::vector<int> initial,
             TransitionCache& transitions);
  ~Linearizer();
  /// Runs at most about `steps` more steps; true when the outcome is final.
  bool run(uint64_t steps);
  const SearchOutcome& outcome() const { return out_; }
  /// Memory held by the memo.
  size_t bytes() const;

  struct State;

 private:
  std::unique_ptr<State> st_;
  SearchOutcome out_;
};

/// Runs a Linearizer to the end or until the budget runs out (then Unknown).
SearchOutcome linearize(const std::vector<SearchOp>& ops, const std::vector<int>& initial,
                        TransitionCache& transitions, const SearchBudget& budget);

}  // namespace vouch::refinement::history
