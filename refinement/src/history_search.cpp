// Wing–Gong linearizability search with Lowe's memo, as Porcupine and Knossos do it, extended to
// nondeterministic models (an operation may lead to several states) and to optional operations
// (unknown outcome: they may take effect at any point after their invocation, or never).
//
// The history is a doubly linked list of call and return entries in real-time order. Walking
// it from the head, a call entry whose operation can take effect in the current state is
// "lifted" (its call and return leave the list) and the walk restarts; reaching a return entry
// means the operation it completes must have been linearized already, so the search backtracks.
// The memo holds every (set of linearized operations, state) reached: reaching one again
// cannot lead anywhere new. The history is linearizable when no return entry is left.

#include "history_search.hpp"

#include "vouch/refinement/resources.hpp"

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <stdexcept>

namespace vouch::refinement::history {

namespace {

uint64_t mix(uint64_t x) {
  // splitmix64's finalizer
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

// The set of (linearized operations, state) pairs reached so far.
class Memo {
 public:
  explicit Memo(size_t words) : words_(words) { rehash(1024); }

  // Inserts; false when already there.
  bool insert(const std::vector<uint64_t>& bits, int state, uint64_t bitsHash) {
    uint64_t h = mix(bitsHash ^ (static_cast<uint64_t>(static_cast<uint32_t>(state)) << 1));
    if ((count_ + 1) * 2 > slots_.size()) rehash(slots_.size() * 2);
    size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      uint32_t s = slots_[i];
      if (s == 0) {
        slots_[i] = static_cast<uint32_t>(count_ + 1);
        hashes_.push_back(h);
        arena_.insert(arena_.end(), bits.begin(), bits.end());
        arena_.push_back(static_cast<uint64_t>(static_cast<uint32_t>(state)));
        ++count_;
        return true;
      }
      size_t e = s - 1;
      if (hashes_[e] != h) continue;
      const uint64_t* k = &arena_[e * (words_ + 1)];
      if (k[words_] == static_cast<uint64_t>(static_cast<uint32_t>(state)) &&
          std::equal(bits.begin(), bits.end(), k)) {
        return false;
      }
    }
  }
  size_t size() const { return count_; }
  size_t bytes() const {
    return slots_.size() * sizeof(uint32_t) + hashes_.capacity() * sizeof(uint64_t) +
           arena_.capacity() * sizeof(uint64_t);
  }

 private:
  void rehash(size_t capacity) {
    slots_.assign(capacity, 0);
    size_t mask = capacity - 1;
    for (size_t e = 0; e < count_; ++e) {
      size_t i = hashes_[e] & mask;
      while (slots_[i] != 0) i = (i + 1) & mask;
      slots_[i] = static_cast<uint32_t>(e + 1);
    }
  }
  size_t words_;
  size_t count_ = 0;
  std::vector<uint32_t> slots_;
  std::vector<uint64_t> hashes_;
  std::vector<uint64_t> arena_;
};

}  // namespace

// ---------------------------------------------------------------------------- FlatMap

int64_t FlatMap::find(uint64_t key) const {
  size_t mask = keys_.size() - 1;
  for (size_t i = mix(key) & mask;; i = (i + 1) & mask) {
    if (keys_[i] == 0) return -1;
    if (keys_[i] == key + 1) return values_[i];
  }
}

void FlatMap::insert(uint64_t key, uint32_t value) {
  if ((size_ + 1) * 2 > keys_.size()) rehash(keys_.size() * 2);
  size_t mask = keys_.size() - 1;
  size_t i = mix(key) & mask;
  while (keys_[i] != 0 && keys_[i] != key + 1) i = (i + 1) & mask;
  if (keys_[i] == 0) ++size_;
  keys_[i] = key + 1;
  values_[i] = value;
}

void FlatMap::rehash(size_t capacity) {
  std::vector<uint64_t> oldKeys = std::move(keys_);
  std::vector<uint32_t> oldValues = std::move(values_);
  keys_.assign(capacity, 0);
  values_.assign(capacity, 0);
  size_t mask = capacity - 1;
  for (size_t j = 0; j < oldKeys.size(); ++j) {
    if (oldKeys[j] == 0) continue;
    size_t i = mix(oldKeys[j] - 1) & mask;
    while (keys_[i] != 0) i = (i + 1) & mask;
    keys_[i] = oldKeys[j];
    values_[i] = oldValues[j];
  }
}

// ---------------------------------------------------------------------------- TransitionCache

namespace {
// The slot of (state, class): the classes of one state sit side by side, so that the lookups of
// one configuration (one state, the classes of the operations that may go next, numbered close
// together) touch a few cache lines rather than one each.
size_t homeSlot(uint64_t key) {
  uint64_t k = key - 1;
  return static_cast<size_t>(mix(k >> 32) + (k & 0xffffffffULL));
}
}  // namespace

const int* TransitionCache::get(int state, int cls, int& count) {
  uint64_t key =
      ((static_cast<uint64_t>(static_cast<uint32_t>(state)) << 32) | static_cast<uint32_t>(cls)) +
      1;
  size_t mask = slots_.size() - 1;
  size_t i = homeSlot(key) & mask;
  while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & mask;
  if (slots_[i].key == 0) {
    scratch_.clear();
    t_.successors(state, cls, scratch_);
    ++evaluations_;
    if ((used_ + 1) * 2 > slots_.size()) {
      grow();
      mask = slots_.size() - 1;
      i = homeSlot(key) & mask;
      while (slots_[i].key != 0) i = (i + 1) & mask;
    }
    Slot& sl = slots_[i];
    sl.key = key;
    sl.count = static_cast<int32_t>(scratch_.size());
    if (scratch_.size() == 1) {
      sl.value = scratch_[0];
    } else {
      sl.value = static_cast<int32_t>(pool_.size());
      pool_.insert(pool_.end(), scratch_.begin(), scratch_.end());
    }
    ++used_;
  }
  const Slot& sl = slots_[i];
  count = sl.count;
  return count == 1 ? &sl.value : pool_.data() + sl.value;
}

void TransitionCache::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.size() * 2, Slot{});
  size_t mask = slots_.size() - 1;
  for (const Slot& sl : old) {
    if (sl.key == 0) continue;
    size_t i = homeSlot(sl.key) & mask;
    while (slots_[i].key != 0) i = (i + 1) & mask;
    slots_[i] = sl;
  }
}

// ---------------------------------------------------------------------------- search

namespace {

struct Entry {
  int64_t pos;
  int op;
  bool call;
};

struct Frame {
  int entry;
  int state;
  int k;        // which successor was taken
  bool forced;  // placed because it leaves the state unchanged (no alternative to try)
};

}  // namespace

struct Linearizer::State {
  const std::vector<SearchOp> ops;
  const std::vector<int> initial;
  TransitionCache& transitions;
  std::vector<Entry> entries;  // calls and returns in real-time order
  int head = 0;                // sentinel index
  int returns = 0;
  std::vector<int> next, prev;
  std::vector<int> match;  // call entry -> its return entry, or -1
  std::vector<uint64_t> zobrist;
  Memo memo;
  std::vector<uint64_t> bits;
  std::vector<Frame> stack;
  int bestDepth = -1;
  // Position of the walk
  size_t initIndex = 0;
  bool started = false;
  int state = -1;
  uint64_t h = 0;
  int left = 0;
  int entry = -1;
  int resumeK = 0;
  bool fresh = false;     // at a configuration not yet scanned for state-preserving operations
  bool mustBack = false;  // the current configuration is known to fail: backtrack

  State(const std::vector<SearchOp>& o, std::vector<int> init, TransitionCache& t)
      : ops(o), initial(std::move(init)), transitions(t), memo((o.size() + 63) / 64) {
    const int n = static_cast<int>(ops.size());
    entries.reserve(ops.size() * 2);
    for (int i = 0; i < n; ++i) {
      entries.push_back({at(i).call, i, true});
      if (at(i).ret >= 0) {
        entries.push_back({at(i).ret, i, false});
        ++returns;
      }
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
      return a.pos != b.pos ? a.pos < b.pos : (a.call && !b.call);
    });
    const int m = static_cast<int>(entries.size());
    head = m;
    next.assign(static_cast<size_t>(m) + 1, -1);
    prev.assign(static_cast<size_t>(m) + 1, -1);
    match.assign(static_cast<size_t>(m), -1);
    std::vector<int> callOf(static_cast<size_t>(n), -1);
    for (int e = 0; e < m; ++e) {
      const Entry& en = entries[static_cast<size_t>(e)];
      if (en.call) {
        callOf[static_cast<size_t>(en.op)] = e;
      } else {
        match[static_cast<size_t>(callOf[static_cast<size_t>(en.op)])] = e;
      }
    }
    zobrist.resize(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) zobrist[static_cast<size_t>(i)] = mix(static_cast<uint64_t>(i) + 1);
    bits.assign((ops.size() + 63) / 64, 0);
  }

  const SearchOp& at(int i) const { return ops[static_cast<size_t>(i)]; }
  int& nx(int e) { return next[static_cast<size_t>(e)]; }
  int& pv(int e) { return prev[static_cast<size_t>(e)]; }

  void resetList() {
    const int m = head;
    nx(head) = m > 0 ? 0 : -1;
    pv(head) = -1;
    for (int e = 0; e < m; ++e) {
      nx(e) = e + 1 < m ? e + 1 : -1;
      pv(e) = e == 0 ? head : e - 1;
    }
  }
  void unlink(int e) {
    nx(pv(e)) = nx(e);
    if (nx(e) >= 0) pv(nx(e)) = pv(e);
  }
  void relink(int e) {
    nx(pv(e)) = e;
    if (nx(e) >= 0) pv(nx(e)) = e;
  }
  void lift(int e) {
    unlink(e);
    if (match[static_cast<size_t>(e)] >= 0) unlink(match[static_cast<size_t>(e)]);
  }
  void unlift(int e) {
    if (match[static_cast<size_t>(e)] >= 0) relink(match[static_cast<size_t>(e)]);
    relink(e);
  }

  // Whether an optional operation (no return) at call entry `e` has a twin before it in the
  // list: an unplaced optional operation of the same class. Twins are interchangeable from the
  // moment both are invoked (same transitions, no completion to respect).
  bool twinBefore(int e) {
    const SearchOp& op = at(entries[static_cast<size_t>(e)].op);
    if (op.ret >= 0) return false;
    for (int x = nx(head); x >= 0 && x != e; x = nx(x)) {
      const Entry& en = entries[static_cast<size_t>(x)];
      if (en.call && at(en.op).ret < 0 && at(en.op).cls == op.cls) return true;
    }
    return false;
  }

  void order(std::vector<int>& out) const {
    out.clear();
    for (const Frame& f : stack) out.push_back(entries[static_cast<size_t>(f.entry)].op);
  }

  // A new longest prefix: remember it, the state after it, and what comes next.
  void record(SearchOutcome& out) {
    bestDepth = static_cast<int>(stack.size());
    order(out.order);
    out.stateAfter = state;
    out.unplaced.clear();
    out.failed = -1;
    for (int e = nx(head); e >= 0; e = nx(e)) {
      const Entry& en = entries[static_cast<size_t>(e)];
      if (!en.call) {
        out.failed = en.op;
        break;
      }
      out.unplaced.push_back(en.op);
    }
  }

  // Starts the walk from the next initial state; false when there is none left.
  bool start(SearchOutcome& out) {
    if (initIndex >= initial.size()) return false;
    resetList();
    std::fill(bits.begin(), bits.end(), 0);
    stack.clear();
    state = initial[initIndex++];
    h = 0;
    left = returns;
    entry = nx(head);
    resumeK = 0;
    fresh = true;
    mustBack = false;
    if (memo.insert(bits, state, h) && bestDepth < 0) record(out);
    started = true;
    return true;
  }
};

Linearizer::Linearizer(const std::vector<SearchOp>& ops, std::vector<int> initial,
                       TransitionCache& transitions)
    : st_(std::make_unique<State>(ops, std::move(initial), transitions)) {}

Linearizer::~Linearizer() = default;

size_t Linearizer::bytes() const {
  return st_->memo.bytes();
}

bool Linearizer::run(uint64_t steps) {
  State& s = *st_;
  SearchOutcome& out = out_;
  if (out.kind != SearchOutcome::Kind::Linearizable || (s.started && s.left == 0)) return true;
  if (!s.started && !s.start(out)) {
    out.kind = SearchOutcome::Kind::NotLinearizable;
    return true;
  }
  for (uint64_t done = 0; done < steps; ++done) {
    ++out.steps;
    if (s.left == 0) {
      // Every completed operation is linearized.
      s.order(out.order);
      out.stateAfter = s.state;
      out.unplaced.clear();
      out.failed = -1;
      out.memoEntries = s.memo.size();
      return true;
    }
    if (s.fresh && !s.mustBack) {
      // Partial-order reduction: a candidate that never changes the state (a read) and is
      // enabled now can be linearized now without loss of generality: everything that must
      // precede it already does, and moving it earlier changes no state, here or later.
      // So this configuration is linearizable iff the one with it placed is: place it, and do
      // not try alternatives here when that fails.
      s.fresh = false;
      for (int e = s.nx(s.head); e >= 0 && s.entries[static_cast<size_t>(e)].call; e = s.nx(e)) {
        int o = s.entries[static_cast<size_t>(e)].op;
        if (!s.transitions.readOnly(s.at(o).cls)) continue;
        int count = 0;
        const int* succ = s.transitions.get(s.state, s.at(o).cls, count);
        if (count != 1 || succ[0] != s.state) continue;
        uint64_t nh = s.h ^ s.zobrist[static_cast<size_t>(o)];
        s.bits[static_cast<size_t>(o) / 64] |= uint64_t{1} << (static_cast<unsigned>(o) % 64);
        if (!s.memo.insert(s.bits, s.state, nh)) {
          // Seen before and not on the current path: it failed, so this configuration fails.
          s.bits[static_cast<size_t>(o) / 64] &= ~(uint64_t{1} << (static_cast<unsigned>(o) % 64));
          s.mustBack = true;
          break;
        }
        s.stack.push_back({e, s.state, 0, true});
        s.h = nh;
        s.lift(e);
        if (s.at(o).ret >= 0) --s.left;
        if (static_cast<int>(s.stack.size()) > s.bestDepth) s.record(out);
        s.fresh = true;
        s.entry = s.nx(s.head);
        break;
      }
      if (s.fresh || s.left == 0) continue;
      if (!s.mustBack) {
        s.entry = s.nx(s.head);
        s.resumeK = 0;
      }
    }
    if (!s.mustBack && s.entry < 0) {
      throw std::logic_error("linearize: walked past the last return entry");
    }
    if (!s.mustBack && s.entries[static_cast<size_t>(s.entry)].call && s.twinBefore(s.entry)) {
      // Symmetry: an earlier unplaced operation of unknown outcome with the same class was
      // (or will be) tried here; placing this one instead leads to the same configurations.
      s.entry = s.nx(s.entry);
      s.resumeK = 0;
      continue;
    }
    if (!s.mustBack && s.entries[static_cast<size_t>(s.entry)].call) {
      const Entry& en = s.entries[static_cast<size_t>(s.entry)];
      const SearchOp& op = s.at(en.op);
      int count = 0;
      const int* succ = s.transitions.get(s.state, op.cls, count);
      bool placed = false;
      uint64_t nh = s.h ^ s.zobrist[static_cast<size_t>(en.op)];
      size_t w = static_cast<size_t>(en.op) / 64;
      uint64_t bit = uint64_t{1} << (static_cast<unsigned>(en.op) % 64);
      s.bits[w] |= bit;
      for (int k = s.resumeK; k < count; ++k) {
        if (!s.memo.insert(s.bits, succ[k], nh)) continue;
        s.stack.push_back({s.entry, s.state, k, false});
        s.state = succ[k];
        s.h = nh;
        s.lift(s.entry);
        if (op.ret >= 0) --s.left;
        placed = true;
        if (static_cast<int>(s.stack.size()) > s.bestDepth) s.record(out);
        break;
      }
      s.resumeK = 0;
      if (placed) {
        s.entry = s.nx(s.head);
        s.fresh = true;
      } else {
        s.bits[w] &= ~bit;
        s.entry = s.nx(s.entry);
      }
    } else {
      // A return entry (or a configuration known to fail): backtrack.
      s.mustBack = false;
      if (s.stack.empty()) {
        // No way past this return from this initial state; try the next one.
        if (!s.start(out)) {
          out.kind = SearchOutcome::Kind::NotLinearizable;
          out.memoEntries = s.memo.size();
          return true;
        }
        continue;
      }
      Frame f = s.stack.back();
      s.stack.pop_back();
      int op = s.entries[static_cast<size_t>(f.entry)].op;
      s.bits[static_cast<size_t>(op) / 64] &= ~(uint64_t{1} << (static_cast<unsigned>(op) % 64));
      s.h ^= s.zobrist[static_cast<size_t>(op)];
      s.state = f.state;
      s.unlift(f.entry);
      if (s.at(op).ret >= 0) ++s.left;
      if (f.forced) {
        s.mustBack = true;  // no alternative at that configuration either
        continue;
      }
      s.entry = f.entry;
      s.resumeK = f.k + 1;
    }
  }
  out.memoEntries = s.memo.size();
  return false;
}

const char* SearchBudget::exhausted(uint64_t steps, uint64_t accountedBytes) const {
  if (maxSteps != 0 && steps >= maxSteps) return "step budget exhausted";
  if (std::chrono::steady_clock::now() > deadline) return "time budget exhausted";
  if (maxMemoryBytes != 0 && std::max(accountedBytes, residentBytes()) > maxMemoryBytes) {
    return "memory budget exhausted";
  }
  return nullptr;
}

SearchOutcome linearize(const std::vector<SearchOp>& ops, const std::vector<int>& initial,
                        TransitionCache& transitions, const SearchBudget& budget) {
  Linearizer lin(ops, initial, transitions);
  while (!lin.run(4096)) {
    if (const char* reason =
            budget.exhausted(lin.outcome().steps, lin.bytes() + transitions.bytes())) {
      SearchOutcome out = lin.outcome();
      out.kind = SearchOutcome::Kind::Unknown;
      out.unknownReason = reason;
      return out;
    }
  }
  return lin.outcome();
}

}  // namespace vouch::refinement::history
