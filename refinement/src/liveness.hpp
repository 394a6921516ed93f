#pragma once
// Liveness checking on the complete state graph, as TLC does after its breadth-first search:
// the fairness conjuncts of the SPECIFICATION (WF_v(A), SF_v(A), []<><<A>>_v) and the liveness
// conjuncts of a PROPERTY (<>P, []<>P, <>[]P, P ~> Q, P ~> []Q, <>[][A]_v, []<><<A>>_v,
// WF_v(A), SF_v(A), their negations, P => []Q and P => <>Q, each possibly under \A x \in S;
// any other formula of state predicates and actions under [], <>, ~>, ~, /\, \/, =>, WF, SF,
// IF and \A / \E by a tableau, see liveness_tableau.hpp).
// A property is violated when some fair behavior of the graph falsifies it: a path from an
// initial state into a strongly connected set of states that a behavior can stay in forever
// (every state may also stutter), fair to every fairness conjunct and falsifying the property
// there. See ADR 0008.

#include <functional>
#include <string>
#include <vector>

#include "vouch/refinement/eval.hpp"

namespace vouch::refinement::liveness {

using Steps = std::vector<frontend::Resolution::InstanceStep>;

/// Whether `e` is a reference to a definition without arguments whose body can be looked into
/// (instantiations without parameters on the way).
bool transparent(const frontend::Expr& e);
/// The argument `Op(a1, ..., an)` stands for when Op's body is one of its parameters
/// (`id(x) == x`, as in `Spec == id(Init /\ [][Next]_v)`); null otherwise. The argument is
/// written where Op is applied, under the same instantiations.
const frontend::ExprPtr* passedThrough(const frontend::Expr& e);

/// A temporal formula found in the SPECIFICATION (fairness) or in a PROPERTY, with the
/// instantiations it was reached through.
struct Formula {
  frontend::ExprPtr expr;
  Steps steps;
  std::string property;  // the PROPERTY's name; empty for the SPECIFICATION's fairness
};

/// The explored state graph: states in breadth-first order, their successors (CSR), and the
/// breadth-first tree.
struct Graph {
  const std::vector<State>& states;
  const std::vector<uint32_t>& parent;  // parent[i] == i for an initial state
  std::vector<uint32_t> offsets;        // successors of i: targets[offsets[i] .. offsets[i+1])
  std::vector<uint32_t> targets;
  /// With a VIEW or SYMMETRY, the state each step generated (targets name the state found
  /// first with its VIEW value or in its orbit); empty otherwise.
  std::vector<State> stepTo;
};

/// A violated property: its name and a behavior that violates it, the states `trace` followed
/// by a return to `trace[loopTo]` (or by stuttering in the last state when loopTo < 0).
struct Violation {
  std::string name;
  std::vector<State> trace;
  int64_t loopTo = -1;
};

/// Thrown by Checker::check when its time budget is spent.
struct OutOfTime {};

class Checker {
 public:
  /// `scoped` wraps an expression found under instantiations so that it evaluates under them.
  Checker(Evaluator& ev,
          std::function<frontend::ExprPtr(const frontend::ExprPtr&, const Steps&)> scoped);
  ~Checker();
  /// Adds a conjunct of the SPECIFICATION other than Init and [][Next]_v; false when it is not
  /// a fairness formula this checker knows (then it is ignored, with a warning).
  bool addFairness(const Formula& f);
  /// Adds a liveness conjunct of a PROPERTY; false when its form is not supported.
  bool addProperty(const Formula& f);
  bool hasProperties() const;
  /// The first property (in the .cfg's order) that some fair behavior of `g` violates. Throws
  /// OutOfTime once `expired` (asked now and then) says the budget is spent.
  std::optional<Violation> check(const Graph& g, const std::function<bool()>& expired);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace vouch::refinement::liveness
