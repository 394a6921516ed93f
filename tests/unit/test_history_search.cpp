// The linearizability search against brute force: random small histories of a register (with
// a nondeterministic operation and operations of unknown outcome), every permutation tried.

#include <algorithm>
#include <catch2/catch.hpp>
#include <functional>
#include <random>

#include "../../refinement/src/history_search.hpp"

using namespace vouch::refinement::history;

namespace {

// Register over values 0..3. Classes: 0..3 write v; 4..7 read v; 8 + 4a + b: cas a->b;
// 24: "scramble": the register becomes 1 or 2 (nondeterministic).
struct RegisterModel : Transitions {
  void successors(int state, int cls, std::vector<int>& out) override {
    if (cls < 4) {
      out.push_back(cls);
    } else if (cls < 8) {
      if (state == cls - 4) out.push_back(state);
    } else if (cls < 24) {
      int a = (cls - 8) / 4, b = (cls - 8) % 4;
      if (state == a) out.push_back(b);
    } else {
      out.push_back(1);
      out.push_back(2);
    }
  }
  bool readOnly(int cls) override { return cls >= 4 && cls < 8; }
};

std::vector<int> apply(RegisterModel& m, const std::vector<int>& states, int cls) {
  std::vector<int> next;
  for (int s : states) {
    std::vector<int> succ;
    m.successors(s, cls, succ);
    for (int t : succ) {
      if (std::find(next.begin(), next.end(), t) == next.end()) next.push_back(t);
    }
  }
  return next;
}

// Brute force: some subset of the optional operations plus all the others, in some order
// that respects real time (a before b when a returned before b was called), is a behavior.
bool bruteForce(const std::vector<SearchOp>& ops, int init) {
  RegisterModel m;
  size_t n = ops.size();
  std::vector<size_t> optional;
  for (size_t i = 0; i < n; ++i) {
    if (ops[i].ret < 0) optional.push_back(i);
  }
  for (uint32_t mask = 0; mask < (1u << optional.size()); ++mask) {
    std::vector<size_t> chosen;
    for (size_t i = 0; i < n; ++i) {
      if (ops[i].ret >= 0) chosen.push_back(i);
    }
    for (size_t j = 0; j < optional.size(); ++j) {
      if (mask & (1u << j)) chosen.push_back(optional[j]);
    }
    std::sort(chosen.begin(), chosen.end());
    do {
      bool realTime = true;
      for (size_t a = 0; a < chosen.size() && realTime; ++a) {
        for (size_t b = a + 1; b < chosen.size(); ++b) {
          const SearchOp& later = ops[chosen[a]];
          const SearchOp& earlier = ops[chosen[b]];
          if (earlier.ret >= 0 && earlier.ret < later.call) {
            realTime = false;
            break;
          }
        }
      }
      if (!realTime) continue;
      std::vector<int> states{init};
      for (size_t i : chosen) {
        states = apply(m, states, ops[i].cls);
        if (states.empty()) break;
      }
      if (!states.empty()) return true;
    } while (std::next_permutation(chosen.begin(), chosen.end()));
  }
  return false;
}

std::vector<SearchOp> randomHistory(std::mt19937& rng, int n) {
  std::vector<SearchOp> ops;
  int64_t t = 0;
  std::uniform_int_distribution<int> kind(0, 9), value(0, 3), len(1, 6), gap(0, 3);
  for (int i = 0; i < n; ++i) {
    SearchOp op;
    t += gap(rng);
    op.call = t * 2;
    int k = kind(rng);
    op.cls = k < 3   ? value(rng)
             : k < 7 ? 4 + value(rng)
             : k < 9 ? 8 + value(rng) * 4 + value(rng)
                     : 24;
    op.ret = kind(rng) < 2 ? -1 : (t + len(rng)) * 2 + 1;
    ops.push_back(op);
  }
  return ops;
}

}  // namespace

TEST_CASE("linearize agrees with brute force on random register histories", "[history]") {
  std::mt19937 rng(12345);
  int linearizable = 0, not_ = 0;
  for (int round = 0; round < 3000; ++round) {
    int n = 1 + static_cast<int>(rng() % 6);
    std::vector<SearchOp> ops = randomHistory(rng, n);
    RegisterModel m;
    TransitionCache cache(m);
    SearchOutcome out = linearize(ops, {0}, cache, {});
    bool expected = bruteForce(ops, 0);
    INFO("round " << round);
    REQUIRE((out.kind == SearchOutcome::Kind::Linearizable) == expected);
    if (expected) {
      ++linearizable;
      // The linearization returned is a real one: every completed operation is in it.
      for (size_t i = 0; i < ops.size(); ++i) {
        if (ops[i].ret >= 0) {
          REQUIRE(std::find(out.order.begin(), out.order.end(), static_cast<int>(i)) !=
                  out.order.end());
        }
      }
    } else {
      ++not_;
      REQUIRE(out.failed >= 0);
    }
  }
  // Both verdicts occur often enough for the comparison to mean something.
  CHECK(linearizable > 300);
  CHECK(not_ > 300);
}

TEST_CASE("a stale read after a completed write is not linearizable", "[history]") {
  // write 1 [0,1], read 0 [2,3]: the read starts after the write returned.
  std::vector<SearchOp> ops{{0, 1, 1}, {2, 3, 4 + 0}};
  RegisterModel m;
  TransitionCache cache(m);
  SearchOutcome out = linearize(ops, {0}, cache, {});
  REQUIRE(out.kind == SearchOutcome::Kind::NotLinearizable);
  CHECK(out.order == std::vector<int>{0});
  CHECK(out.failed == 1);
  // Concurrent, it is fine: read 0 [0,3], write 1 [1,2].
  std::vector<SearchOp> concurrent{{1, 2, 1}, {0, 3, 4 + 0}};
  CHECK(linearize(concurrent, {0}, cache, {}).kind == SearchOutcome::Kind::Linearizable);
}

TEST_CASE("an operation of unknown outcome may take effect late or never", "[history]") {
  RegisterModel m;
  TransitionCache cache(m);
  // write 2 (unknown) invoked at 0; read 2 at [5,6]: it took effect.
  CHECK(linearize({{0, -1, 2}, {5, 6, 4 + 2}}, {0}, cache, {}).kind ==
        SearchOutcome::Kind::Linearizable);
  // read 0 at [5,6]: it did not (yet).
  CHECK(linearize({{0, -1, 2}, {5, 6, 4 + 0}}, {0}, cache, {}).kind ==
        SearchOutcome::Kind::Linearizable);
  // It cannot take effect before it was invoked: read 2 [0,1], write 2 (unknown) at 5.
  CHECK(linearize({{5, -1, 2}, {0, 1, 4 + 2}}, {0}, cache, {}).kind ==
        SearchOutcome::Kind::NotLinearizable);
}

TEST_CASE("a budget that runs out gives unknown", "[history]") {
  RegisterModel m;
  TransitionCache cache(m);
  std::vector<SearchOp> ops;
  // Many concurrent writes then a read of a value nobody wrote: exponential without the memo
  // only in orderings; with an expired deadline the search must stop and say unknown.
  for (int i = 0; i < 40; ++i) ops.push_back({i, 1000 + i, i % 3});
  for (int i = 0; i < 40; ++i) ops.push_back({2000 + 2 * i, 2001 + 2 * i, 4 + 3});
  SearchBudget b;
  b.deadline = std::chrono::steady_clock::now();
  SearchOutcome out = linearize(ops, {0}, cache, b);
  CHECK(out.kind == SearchOutcome::Kind::Unknown);
  CHECK(out.unknownReason.find("time") != std::string::npos);
}
