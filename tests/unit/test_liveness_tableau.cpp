// The tableau behind general temporal properties against brute force: random formulas of [], <>,
// /\, \/ and ~ over two state predicates, on random graphs of three states; a behavior that
// satisfies the formula exists exactly when one of the lassos of at most 8 states does, and the
// behavior found satisfies it.

#include <catch2/catch.hpp>
#include <functional>
#include <random>

#include "../../refinement/src/liveness_tableau.hpp"

using namespace vouch::refinement;
using namespace vouch::refinement::liveness;
using tableau::Formulas;

namespace {

constexpr uint32_t kStates = 3;

struct World {
  std::vector<std::vector<uint32_t>> succ;  // every state has itself as successor (stuttering)
  bool atom[2][kStates];
  std::vector<uint32_t> initial;
};

// Whether formula f holds at position i of the lasso `word` (positions past the end go back to
// `loop`).
bool holds(const Formulas& f, int id, const World& w, const std::vector<uint32_t>& word,
           size_t loop, size_t i) {
  const Formulas::Node& n = f.node(id);
  // The positions from i on: i..end, then loop..end.
  auto later = [&](auto&& pred) {
    bool any = false, all = true;
    for (size_t j = i >= loop ? loop : i; j < word.size(); ++j) {
      bool v = pred(j);
      any = any || v;
      all = all && v;
    }
    return std::make_pair(any, all);
  };
  switch (n.kind) {
    case Formulas::Kind::True:
      return true;
    case Formulas::Kind::False:
      return false;
    case Formulas::Kind::Atom:
      return w.atom[n.a][word[i]];
    case Formulas::Kind::NotAtom:
      return !w.atom[n.a][word[i]];
    case Formulas::Kind::And:
      return holds(f, n.a, w, word, loop, i) && holds(f, n.b, w, word, loop, i);
    case Formulas::Kind::Or:
      return holds(f, n.a, w, word, loop, i) || holds(f, n.b, w, word, loop, i);
    case Formulas::Kind::Always:
      return later([&](size_t j) { return holds(f, n.a, w, word, loop, j); }).second;
    case Formulas::Kind::Eventually:
      return later([&](size_t j) { return holds(f, n.a, w, word, loop, j); }).first;
  }
  return false;
}

int randomFormula(Formulas& f, std::mt19937& rng, int depth) {
  int pick = static_cast<int>(rng() % (depth <= 0 ? 2 : 7));
  switch (pick) {
    case 0:
    case 1:
      return f.atom(static_cast<int>(rng() % 2), rng() % 2 == 0);
    case 2:
      return f.both(randomFormula(f, rng, depth - 1), randomFormula(f, rng, depth - 1));
    case 3:
      return f.either(randomFormula(f, rng, depth - 1), randomFormula(f, rng, depth - 1));
    case 4:
      return f.always(randomFormula(f, rng, depth - 1));
    case 5:
      return f.eventually(randomFormula(f, rng, depth - 1));
    default:
      return f.negate(randomFormula(f, rng, depth - 1));
  }
}

// Whether some lasso of the world with at most `maxLen` states satisfies formula `id`.
bool someLasso(const Formulas& f, int id, const World& w, size_t maxLen) {
  std::vector<uint32_t> word;
  std::function<bool()> extend = [&]() -> bool {
    // Every loop back from the last state to an earlier position is a lasso.
    for (size_t loop = 0; loop < word.size(); ++loop) {
      const auto& s = w.succ[word.back()];
      if (std::find(s.begin(), s.end(), word[loop]) != s.end() &&
          holds(f, id, w, word, loop, 0)) {
        return true;
      }
    }
    if (word.size() == maxLen) return false;
    for (uint32_t t : w.succ[word.back()]) {
      word.push_back(t);
      bool found = extend();
      word.pop_back();
      if (found) return true;
    }
    return false;
  };
  for (uint32_t s : w.initial) {
    word = {s};
    if (extend()) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("tableau: accepted runs agree with brute force over lassos", "[liveness][tableau]") {
  std::mt19937 rng(20261123);
  int satisfiable = 0, unsatisfiable = 0;
  for (int round = 0; round < 400; ++round) {
    World w;
    w.succ.resize(kStates);
    for (uint32_t s = 0; s < kStates; ++s) {
      w.succ[s].push_back(s);
      for (uint32_t t = 0; t < kStates; ++t) {
        if (t != s && rng() % 2 == 0) w.succ[s].push_back(t);
      }
      w.atom[0][s] = rng() % 2 == 0;
      w.atom[1][s] = rng() % 2 == 0;
    }
    w.initial = {0};
    if (rng() % 2 == 0) w.initial.push_back(1);

    // The graph: states are one-value vectors; parent[s] == s marks the initial states (the
    // others get a parent that is not themselves).
    std::vector<State> states(kStates);
    for (uint32_t s = 0; s < kStates; ++s) states[s] = {Value::integer(s)};
    std::vector<uint32_t> parent(kStates, 0);
    for (uint32_t s = 0; s < kStates; ++s) {
      bool init = std::find(w.initial.begin(), w.initial.end(), s) != w.initial.end();
      parent[s] = init ? s : w.initial[0];
    }
    Graph g{states, parent, {0}, {}, {}};
    for (uint32_t s = 0; s < kStates; ++s) {
      for (uint32_t t : w.succ[s]) g.targets.push_back(t);
      g.offsets.push_back(static_cast<uint32_t>(g.targets.size()));
    }

    Formulas f;
    int formula = randomFormula(f, rng, 3);
    std::optional<tableau::Automaton> a = tableau::automaton(f, formula);
    REQUIRE(a);
    tableau::Queries q;
    q.isAction = [](int) { return false; };
    q.state = [&](int atom, uint32_t s) { return w.atom[atom][s]; };
    q.action = [](int, size_t, uint32_t) { return true; };
    q.tick = [] {};
    std::optional<tableau::Run> run = tableau::acceptedRun(g, *a, q);
    bool expected = someLasso(f, formula, w, 8);
    INFO("round " << round);
    REQUIRE(run.has_value() == expected);
    if (run) {
      ++satisfiable;
      // The run is a behavior of the graph from an initial state, and it satisfies the formula.
      REQUIRE(parent[run->states[0]] == run->states[0]);
      for (size_t i = 0; i + 1 < run->states.size(); ++i) {
        const auto& s = w.succ[run->states[i]];
        REQUIRE(std::find(s.begin(), s.end(), run->states[i + 1]) != s.end());
      }
      std::vector<uint32_t> word = run->states;
      size_t loop = run->loopTo < 0 ? word.size() - 1 : static_cast<size_t>(run->loopTo);
      if (run->loopTo >= 0) {
        const auto& s = w.succ[word.back()];
        REQUIRE(std::find(s.begin(), s.end(), word[loop]) != s.end());
      }
      REQUIRE(holds(f, formula, w, word, loop, 0));
    } else {
      ++unsatisfiable;
    }
  }
  // Both answers were exercised.
  REQUIRE(satisfiable > 50);
  REQUIRE(unsatisfiable > 50);
}
