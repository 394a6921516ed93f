#pragma once
// Temporal properties of any shape built from [], <>, /\, \/ and ~ over state predicates and
// actions (ADR 0008): the negated property becomes a generalized Büchi automaton (Gerth, Peled,
// Vardi and Wolper's tableau construction), and a counterexample is a fair behavior of the state
// graph that the automaton accepts: a reachable strongly connected set of the product that meets
// every acceptance set and every fairness condition of the SPECIFICATION.

#include <algorithm>
#include <cstdint>
#include <functional>
#include <iterator>
#include <map>
#include <optional>
#include <tuple>
#include <vector>

#include "liveness.hpp"

namespace vouch::refinement::liveness::tableau {

/// Formulas in negation normal form, hash-consed: equal formulas have one id. Atoms are the
/// caller's (a state predicate or an action, by index); negation applies to atoms only.
class Formulas {
 public:
  enum class Kind : uint8_t { True, False, Atom, NotAtom, And, Or, Always, Eventually };
  struct Node {
    Kind kind;
    int a = -1;  // Atom, NotAtom: the atom's index; otherwise the first operand
    int b = -1;
  };
  int truth(bool v) { return make({v ? Kind::True : Kind::False}); }
  int atom(int index, bool positive) {
    return make({positive ? Kind::Atom : Kind::NotAtom, index});
  }
  int both(int x, int y);
  int either(int x, int y);
  int always(int x) { return make({Kind::Always, x}); }
  int eventually(int x) { return make({Kind::Eventually, x}); }
  /// ~x, pushed down to the atoms.
  int negate(int x);
  const Node& node(int id) const { return nodes_[static_cast<size_t>(id)]; }
  /// The id of the negated atom literal `id`, if it was ever made; -1 otherwise.
  int findNegatedAtom(int id) const;

 private:
  int make(Node n);
  std::vector<Node> nodes_;
  std::map<std::tuple<int, int, int>, int> ids_;
};

/// A generalized Büchi automaton. A run is a sequence of nodes, the first initial, each a
/// successor of the one before; the node at position i requires its literals there (a state
/// predicate of state i, an action of the step from state i to state i+1). A run is accepted when
/// it visits every acceptance set infinitely often.
struct Automaton {
  struct Node {
    std::vector<std::pair<int, bool>> literals;  // (atom, holds)
    std::vector<uint32_t> next;
    bool initial = false;
  };
  std::vector<Node> nodes;
  std::vector<std::vector<char>> accepting;  // per <>-subformula: per node
};

/// The automaton whose runs are the behaviors satisfying formula `root`; nullopt when it would
/// have more than `maxNodes` nodes.
std::optional<Automaton> automaton(const Formulas& f, int root, size_t maxNodes = 2048);

/// What the product search asks of its caller. Step numbers are the graph's edge indices;
/// `kStutter` is the step that leaves state `from` unchanged (every state may stutter).
struct Queries {
  static constexpr size_t kStutter = SIZE_MAX;
  std::function<bool(int atom)> isAction;
  std::function<bool(int atom, uint32_t state)> state;
  std::function<bool(int atom, size_t step, uint32_t from)> action;
  // The SPECIFICATION's fairness conjuncts.
  enum class Fairness : uint8_t { Weak, Strong, Often };
  std::vector<Fairness> fairness;
  std::function<bool(size_t k, uint32_t state)> enabled;
  std::function<bool(size_t k, size_t step, uint32_t from)> taken;  // never asked for kStutter
  // Atoms that hold from some point on (fairness conjuncts <>[]P and <>[][A]_v): the cycle of a
  // behavior keeps to the steps where they hold (a state predicate in the step's first state).
  std::vector<int> persistent;
  std::function<void()> tick;
};

/// Whether a behavior can stay forever in the strongly connected set `c`, fair to every
/// condition k < count of kind kind(k): a Weak one needs one of its steps in c (takenInside(k))
/// or a node where it is disabled (enabled(k, v) false); an Often one needs the step; a Strong
/// one needs the step or to be disabled in every node. Weak conditions are tried first: failing
/// one rules out every subset too. When a Strong one fails, `rest` receives c's nodes where it is
/// disabled, where a fair subset may still be (Emerson and Lei).
template <typename Kind, typename TakenInside, typename Enabled>
bool fairSet(const std::vector<uint32_t>& c, size_t count, Kind&& kind, TakenInside&& takenInside,
             Enabled&& enabled, std::vector<uint32_t>& rest) {
  using Fairness = Queries::Fairness;
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t k = 0; k < count; ++k) {
      if ((kind(k) == Fairness::Strong) != (pass == 1) || takenInside(k)) continue;
      if (kind(k) == Fairness::Often) return false;
      auto off = [&](uint32_t v) { return !enabled(k, v); };
      if (kind(k) == Fairness::Weak) {
        if (std::none_of(c.begin(), c.end(), off)) return false;
        continue;
      }
      std::copy_if(c.begin(), c.end(), std::back_inserter(rest), off);
      if (rest.size() < c.size()) return false;
      rest.clear();
    }
  }
  return true;
}

/// A behavior of the graph: states (graph indices), then back to states[loopTo], or stuttering
/// in the last state forever when loopTo < 0.
struct Run {
  std::vector<uint32_t> states;
  int64_t loopTo = -1;
};

/// A fair behavior of `g` that `a` accepts, if there is one.
std::optional<Run> acceptedRun(const Graph& g, const Automaton& a, const Queries& q);

}  // namespace vouch::refinement::liveness::tableau
