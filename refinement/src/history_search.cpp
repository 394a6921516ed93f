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

#include <algorithm>
#include <numeric>

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

const int* TransitionCache::get(int state, int cls, int& count) {
  uint64_t key = (static_cast<uint64_t>(static_cast<uint32_t>(state)) << 32) |
                 static_cast<uint32_t>(cls);
  int64_t at = map_.find(key);
  if (at < 0) {
    scratch_.clear();
    t_.successors(state, cls, scratch_);
    ++evaluations_;
    at = static_cast<int64_t>(pool_.size());
    pool_.push_back(static_cast<int>(scratch_.size()));
    pool_.insert(pool_.end(), scratch_.begin(), scratch_.end());
    map_.insert(key, static_cast<uint32_t>(at));
  }
  count = pool_[static_cast<size_t>(at)];
  return pool_.data() + at + 1;
}

// ---------------------------------------------------------------------------- search

SearchOutcome linearize(const std::vector<SearchOp>& ops, const std::vector<int>& initial,
                        TransitionCache& transitions, const SearchBudget& budget) {
  SearchOutcome out;
  const int n = static_cast<int>(ops.size());
  // Entries: a call per operation, a return per operation that has one; sorted by position.
  struct Entry {
    int64_t pos;
    int op;
    bool call;
  };
  std::vector<Entry> entries;
  entries.reserve(ops.size() * 2);
  int returns = 0;
  for (int i = 0; i < n; ++i) {
    entries.push_back({ops[static_cast<size_t>(i)].call, i, true});
    if (ops[static_cast<size_t>(i)].ret >= 0) {
      entries.push_back({ops[static_cast<size_t>(i)].ret, i, false});
      ++returns;
    }
  }
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return a.pos != b.pos ? a.pos < b.pos : (a.call && !b.call);
  });
  const int m = static_cast<int>(entries.size());
  const int head = m;  // sentinel
  std::vector<int> next(static_cast<size_t>(m) + 1), prev(static_cast<size_t>(m) + 1);
  std::vector<int> match(static_cast<size_t>(m), -1);  // call entry -> its return entry
  {
    std::vector<int> callOf(static_cast<size_t>(n), -1);
    for (int e = 0; e < m; ++e) {
      const Entry& en = entries[static_cast<size_t>(e)];
      if (en.call) {
        callOf[static_cast<size_t>(en.op)] = e;
      } else {
        match[static_cast<size_t>(callOf[static_cast<size_t>(en.op)])] = e;
      }
    }
  }
  auto resetList = [&] {
    next[static_cast<size_t>(head)] = m > 0 ? 0 : -1;
    prev[static_cast<size_t>(head)] = -1;
    for (int e = 0; e < m; ++e) {
      next[static_cast<size_t>(e)] = e + 1 < m ? e + 1 : -1;
      prev[static_cast<size_t>(e)] = e == 0 ? head : e - 1;
    }
  };
  auto unlink = [&](int e) {
    next[static_cast<size_t>(prev[static_cast<size_t>(e)])] = next[static_cast<size_t>(e)];
    if (next[static_cast<size_t>(e)] >= 0) {
      prev[static_cast<size_t>(next[static_cast<size_t>(e)])] = prev[static_cast<size_t>(e)];
    }
  };
  auto relink = [&](int e) {
    next[static_cast<size_t>(prev[static_cast<size_t>(e)])] = e;
    if (next[static_cast<size_t>(e)] >= 0) prev[static_cast<size_t>(next[static_cast<size_t>(e)])] = e;
  };
  auto lift = [&](int e) {
    unlink(e);
    if (match[static_cast<size_t>(e)] >= 0) unlink(match[static_cast<size_t>(e)]);
  };
  auto unlift = [&](int e) {
    if (match[static_cast<size_t>(e)] >= 0) relink(match[static_cast<size_t>(e)]);
    relink(e);
  };

  std::vector<uint64_t> zobrist(static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) zobrist[static_cast<size_t>(i)] = mix(static_cast<uint64_t>(i) + 1);
  const size_t words = (static_cast<size_t>(n) + 63) / 64;
  Memo memo(words);
  std::vector<uint64_t> bits(words, 0);

  struct Frame {
    int entry;
    int state;
    int k;  // which successor was taken
  };
  std::vector<Frame> stack;
  int bestDepth = -1;
  auto record = [&](int state) {
    bestDepth = static_cast<int>(stack.size());
    out.order.clear();
    for (const Frame& f : stack) out.order.push_back(entries[static_cast<size_t>(f.entry)].op);
    out.stateAfter = state;
    out.unplaced.clear();
    out.failed = -1;
    for (int e = next[static_cast<size_t>(head)]; e >= 0; e = next[static_cast<size_t>(e)]) {
      const Entry& en = entries[static_cast<size_t>(e)];
      if (!en.call) {
        out.failed = en.op;
        break;
      }
      out.unplaced.push_back(en.op);
    }
  };

  for (int init : initial) {
    resetList();
    std::fill(bits.begin(), bits.end(), 0);
    stack.clear();
    int state = init;
    uint64_t h = 0;
    int left = returns;
    int entry = next[static_cast<size_t>(head)];
    int resumeK = 0;
    if (memo.insert(bits, state, h) && bestDepth < 0) record(state);
    while (true) {
      if (left == 0) {
        out.kind = SearchOutcome::Kind::Linearizable;
        out.order.clear();
        for (const Frame& f : stack) out.order.push_back(entries[static_cast<size_t>(f.entry)].op);
        out.stateAfter = state;
        out.unplaced.clear();
        out.failed = -1;
        out.memoEntries = memo.size();
        return out;
      }
      if ((++out.steps & 4095) == 0) {
        if (std::chrono::steady_clock::now() > budget.deadline) {
          out.kind = SearchOutcome::Kind::Unknown;
          out.unknownReason = "time budget exhausted";
          out.memoEntries = memo.size();
          return out;
        }
        if (budget.maxMemoryBytes != 0 &&
            memo.bytes() + transitions.bytes() > budget.maxMemoryBytes) {
          out.kind = SearchOutcome::Kind::Unknown;
          out.unknownReason = "memory budget exhausted";
          out.memoEntries = memo.size();
          return out;
        }
      }
      const Entry& en = entries[static_cast<size_t>(entry)];
      if (en.call) {
        const SearchOp& op = ops[static_cast<size_t>(en.op)];
        int count = 0;
        const int* succ = transitions.get(state, op.cls, count);
        bool placed = false;
        uint64_t nh = h ^ zobrist[static_cast<size_t>(en.op)];
        size_t w = static_cast<size_t>(en.op) / 64;
        uint64_t bit = uint64_t{1} << (static_cast<unsigned>(en.op) % 64);
        bits[w] |= bit;
        for (int k = resumeK; k < count; ++k) {
          if (!memo.insert(bits, succ[k], nh)) continue;
          stack.push_back({entry, state, k});
          state = succ[k];
          h = nh;
          lift(entry);
          if (op.ret >= 0) --left;
          placed = true;
          if (static_cast<int>(stack.size()) > bestDepth) record(state);
          break;
        }
        resumeK = 0;
        if (placed) {
          entry = next[static_cast<size_t>(head)];
        } else {
          bits[w] &= ~bit;
          entry = next[static_cast<size_t>(entry)];
        }
      } else {
        if (stack.empty()) break;
        Frame f = stack.back();
        stack.pop_back();
        int op = entries[static_cast<size_t>(f.entry)].op;
        bits[static_cast<size_t>(op) / 64] &= ~(uint64_t{1} << (static_cast<unsigned>(op) % 64));
        h ^= zobrist[static_cast<size_t>(op)];
        state = f.state;
        unlift(f.entry);
        if (ops[static_cast<size_t>(op)].ret >= 0) ++left;
        entry = f.entry;
        resumeK = f.k + 1;
      }
    }
  }
  out.kind = SearchOutcome::Kind::NotLinearizable;
  out.memoEntries = memo.size();
  return out;
}

}  // namespace vouch::refinement::history
